package invalid.constraints;

import io.apimodel.ApiModel;
import io.apimodel.Size;

/** A negative @Size bound. */
@ApiModel
public interface NegativeSizeModel {
  @Size(
      min = -1)
  String name();
}
