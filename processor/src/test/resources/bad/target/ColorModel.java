package invalid.target;

import io.apimodel.ApiModel;

/** @ApiModel on an enum. */
@ApiModel
public enum ColorModel {
  RED
}
