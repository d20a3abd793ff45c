package invalid.types;

import io.apimodel.ApiModel;
import java.util.List;

/** Region is a typo: nothing declares or generates it. */
@ApiModel
public interface RegionNestedListModel {
  String name();

  List<List<Region>> regionGroups();
}
