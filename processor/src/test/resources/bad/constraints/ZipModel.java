package invalid.constraints;

import io.apimodel.ApiModel;
import io.apimodel.Pattern;

/** @Pattern on an Integer. */
@ApiModel
public interface ZipModel {
  @Pattern("[0-9]{5}")
  Integer zip();
}
