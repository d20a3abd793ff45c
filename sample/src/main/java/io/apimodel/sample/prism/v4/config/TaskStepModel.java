package io.apimodel.sample.prism.v4.config;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKeys;
import io.apimodel.Size;

/** A step completed as part of a task. */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface TaskStepModel extends PrismV4Object {

  /** A message describing the step. */
  @Size(max = 512)
  String name();

  /** The type name of this object, {@code prism.v4.config.TaskStep}. */
  @Default
  @Override
  default String objectType() {
    return "prism.v4.config.TaskStep";
  }
}
