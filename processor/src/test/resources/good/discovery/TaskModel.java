package discovery;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.Required;

/**
 * Properties in order: name, label (from Named), createdBy (from AuditedModel), then description.
 * label is redeclared here as a @Default method and keeps its first position.
 */
@ApiModel
public interface TaskModel extends Named, AuditedModel {
  @Required
  String description();

  @Default
  @Override
  default String label() {
    return "todo";
  }

  /** Plain behaviour, not a property: inherited by the generated class. */
  default String headline() {
    return name() + " [" + label() + "]";
  }

  /** Ignored: static methods are never properties. */
  static String kind() {
    return "task";
  }
}
