package invalid.constraints;

import io.apimodel.ApiModel;
import io.apimodel.Pattern;

/** A regex that does not compile, on its own line so that the value's position shows. */
@ApiModel
public interface RegexModel {
  @Pattern(
      "^(a|b")
  String code();
}
