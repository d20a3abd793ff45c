package invalid.constraints;

import io.apimodel.ApiModel;
import io.apimodel.Size;
import java.util.List;

/** @Size with min above max. */
@ApiModel
public interface TagsModel {
  @Size(min = 5, max = 2)
  List<String> tags();
}
