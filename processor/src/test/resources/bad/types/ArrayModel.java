package invalid.types;

import io.apimodel.ApiModel;

/** An array. */
@ApiModel
public interface ArrayModel {
  String[] tags();
}
