package io.apimodel.sample.prism.v4.config;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKeys;
import io.apimodel.sample.common.v1.response.ApiResponseMetadata;

/**
 * The response to a request to get a task ({@code GET /prism/v4.0/config/tasks/{extId}}), for
 * every response code: the task, or the error that replaced it, with the response metadata.
 */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface GetTaskApiResponseModel extends PrismV4Object {

  /** The data of the response: the task, or an error response when the request failed. */
  GetTaskApiResponseData data();

  /** The metadata associated with the response; it is always present in a response. */
  ApiResponseMetadata metadata();

  /** The type name of this object, {@code prism.v4.config.GetTaskApiResponse}. */
  @Default
  @Override
  default String objectType() {
    return "prism.v4.config.GetTaskApiResponse";
  }
}
