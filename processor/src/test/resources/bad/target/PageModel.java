package invalid.target;

import io.apimodel.ApiModel;
import java.util.List;

/** A generic model: the generated class could not know T. */
@ApiModel
public interface PageModel<T> {
  List<T> items();
}
