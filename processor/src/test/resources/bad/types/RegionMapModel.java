package invalid.types;

import io.apimodel.ApiModel;
import java.util.Map;

/** Region is a typo: nothing declares or generates it. */
@ApiModel
public interface RegionMapModel {
  String name();

  Map<String, Region> regionsByName();
}
