package invalid.target;

import io.apimodel.ApiModel;

/** A name that is not a Java identifier. */
@ApiModel(name = "my-label")
public interface LabelModel {
  String text();
}
