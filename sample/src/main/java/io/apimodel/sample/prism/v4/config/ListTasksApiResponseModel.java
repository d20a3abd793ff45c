package io.apimodel.sample.prism.v4.config;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKeys;
import io.apimodel.sample.common.v1.response.ApiResponseMetadata;

/**
 * The response to a request to list tasks ({@code GET /prism/v4.0/config/tasks}), for every
 * response code: a page of tasks, or the error that replaced it, with the response metadata.
 */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface ListTasksApiResponseModel extends PrismV4Object {

  /** The data of the response: a page of tasks, or an error response when the request failed. */
  ListTasksApiResponseData data();

  /**
   * The metadata associated with the response; it is always present in a response, and holds the
   * pagination links and the total number of tasks available.
   */
  ApiResponseMetadata metadata();

  /** The type name of this object, {@code prism.v4.config.ListTasksApiResponse}. */
  @Default
  @Override
  default String objectType() {
    return "prism.v4.config.ListTasksApiResponse";
  }
}
