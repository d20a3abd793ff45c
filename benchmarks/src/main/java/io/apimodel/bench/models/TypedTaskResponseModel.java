package io.apimodel.bench.models;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKeys;
import io.apimodel.sample.common.v1.response.ApiResponseMetadata;
import io.apimodel.sample.prism.v4.config.PrismV4Object;
import io.apimodel.sample.prism.v4.config.Task;

/**
 * For {@code EnvelopeBench} only: {@code GetTaskApiResponse} with its {@code data} declared as a
 * plain {@code Task} instead of the union {@code GetTaskApiResponseData}. Reading the same bytes
 * into both shows what the union itself costs.
 */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface TypedTaskResponseModel extends PrismV4Object {

  /** The task. */
  Task data();

  /** The response metadata. */
  ApiResponseMetadata metadata();

  /** {@code prism.v4.config.GetTaskApiResponse}. */
  @Default
  @Override
  default String objectType() {
    return "prism.v4.config.GetTaskApiResponse";
  }
}
