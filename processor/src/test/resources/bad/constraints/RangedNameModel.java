package invalid.constraints;

import io.apimodel.ApiModel;
import io.apimodel.Range;

/** @Range on a String. */
@ApiModel
public interface RangedNameModel {
  @Range(min = 1, max = 5)
  String name();
}
