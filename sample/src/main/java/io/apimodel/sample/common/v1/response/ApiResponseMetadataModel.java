package io.apimodel.sample.common.v1.response;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKeys;
import io.apimodel.sample.common.v1.config.CommonV1Object;
import io.apimodel.sample.common.v1.config.Flag;
import io.apimodel.sample.common.v1.config.KVPair;
import io.apimodel.sample.common.v1.config.Message;
import java.util.List;

/**
 * The metadata associated with an API response. It is always present and minimally contains the
 * self link of the request that produced the response; for paginated requests it also holds the
 * pagination data.
 */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface ApiResponseMetadataModel extends CommonV1Object {

  /**
   * An array of flags that may indicate the status of the response. For example, a flag with the
   * name {@code isPaginated} and value {@code false} indicates that the response is not paginated.
   */
  List<Flag> flags();

  /**
   * An array of HATEOAS style links for the response that may also include pagination links for
   * list operations.
   */
  List<ApiLink> links();

  /** The total number of entities that are available on the server for this type. */
  Integer totalAvailableResults();

  /**
   * Information, warning or error messages that might provide additional contextual information
   * related to the operation.
   */
  List<Message> messages();

  /** An array of entity-specific metadata. */
  List<KVPair> extraInfo();

  /** The type name of this object, {@code common.v1.response.ApiResponseMetadata}. */
  @Default
  @Override
  default String objectType() {
    return "common.v1.response.ApiResponseMetadata";
  }
}
