package invalid.target;

import io.apimodel.ApiModel;

/** @ApiModel on an annotation type. */
@ApiModel
public @interface MarkerModel {
  String value();
}
