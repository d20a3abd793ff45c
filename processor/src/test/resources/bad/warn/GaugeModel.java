package invalid.warn;

import io.apimodel.ApiModel;
import io.apimodel.Range;

/** @Range bounds that an int never reaches. */
@ApiModel
public interface GaugeModel {
  @Range(min = 0, max = 3_000_000_000L)
  int level();

  @Range(min = 5_000_000_000L)
  Integer floor();
}
