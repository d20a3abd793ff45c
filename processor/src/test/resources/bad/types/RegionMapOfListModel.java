package invalid.types;

import io.apimodel.ApiModel;
import java.util.List;
import java.util.Map;

/** Region is a typo: nothing declares or generates it. */
@ApiModel
public interface RegionMapOfListModel {
  String name();

  Map<String, List<Region>> regionsByZone();
}
