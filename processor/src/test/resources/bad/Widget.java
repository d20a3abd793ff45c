package invalid;

import io.apimodel.ApiModel;

/** No "Model" suffix and no name. */
@ApiModel
public interface Widget {
  String name();
}
