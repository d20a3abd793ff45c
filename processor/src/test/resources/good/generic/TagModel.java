package generic;

import io.apimodel.ApiModel;
import java.util.List;

/** labels() is a List<String> here. */
@ApiModel
public interface TagModel extends Labelled<List<String>> {
  String name();
}
