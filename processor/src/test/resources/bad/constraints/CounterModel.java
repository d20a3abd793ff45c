package invalid.constraints;

import io.apimodel.ApiModel;
import io.apimodel.Size;

/** @Size on a number. */
@ApiModel
public interface CounterModel {
  @Size(max = 3)
  Integer count();
}
