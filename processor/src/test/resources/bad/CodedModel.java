package invalid;

import io.apimodel.ApiModel;
import io.apimodel.Pattern;

/** A regex that does not compile. */
@ApiModel
public interface CodedModel {
  @Pattern("[a-z")
  String code();
}
