package readchecks;

import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.Pattern;

/** A model whose default breaks its own pattern: an object that leaves it out is invalid. */
@ApiModel
public interface StampModel {
  String name();

  @Default
  @Pattern("^v[0-9]+$")
  default String version() {
    return "draft";
  }
}
