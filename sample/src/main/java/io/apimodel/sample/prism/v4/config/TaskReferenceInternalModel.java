package io.apimodel.sample.prism.v4.config;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.DictKeys;
import io.apimodel.Pattern;

/** A reference to another task, such as a parent, root or sub-task. */
@ApiModel(dictKeys = DictKeys.SNAKE_CASE)
public interface TaskReferenceInternalModel extends PrismV4Object {

  /** A link to the task resource. */
  String href();

  /** The relation of the referenced task to this one, for example {@code subtask}. */
  String rel();

  /** A globally unique identifier of the referenced task. */
  @Pattern("^[a-zA-Z0-9/+]*={0,2}:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}")
  String extId();

  /** The type name of this object, {@code prism.v4.config.TaskReferenceInternal}. */
  @Default
  @Override
  default String objectType() {
    return "prism.v4.config.TaskReferenceInternal";
  }
}
