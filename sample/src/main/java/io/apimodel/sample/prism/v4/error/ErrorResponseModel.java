package io.apimodel.sample.prism.v4.error;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKeys;
import io.apimodel.sample.prism.v4.config.PrismV4Object;

/**
 * An error response: the operation failed, either because of the client's request (4XX) or on
 * the server (5XX). The HTTP status code and the error it holds tell more.
 */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface ErrorResponseModel extends PrismV4Object {

  /** The error: a list of messages explaining the failure, or a schema validation error. */
  ErrorResponseError error();

  /** The type name of this object, {@code prism.v4.error.ErrorResponse}. */
  @Default
  @Override
  default String objectType() {
    return "prism.v4.error.ErrorResponse";
  }
}
