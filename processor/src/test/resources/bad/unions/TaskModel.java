package invalid.unions;

import io.apimodel.ApiModel;
import io.apimodel.Variant;

/** @Variant on a model's property, and on a method of an interface that no union extends. */
@ApiModel
public interface TaskModel {
  @Variant("invalid.unions.Owner")
  String owner();

  interface Labelled {
    @Variant("invalid.unions.Label")
    String label();
  }
}
