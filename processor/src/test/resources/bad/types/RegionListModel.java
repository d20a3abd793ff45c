package invalid.types;

import io.apimodel.ApiModel;
import java.util.List;

/** Region is a typo: nothing declares or generates it. */
@ApiModel
public interface RegionListModel {
  String name();

  List<Region> regions();
}
