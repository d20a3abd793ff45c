package invalid.types;

import io.apimodel.ApiModel;
import java.util.List;

/** List<?>. */
@ApiModel
public interface WildcardModel {
  List<?> items();
}
