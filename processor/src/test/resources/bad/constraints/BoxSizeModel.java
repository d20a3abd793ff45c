package invalid.constraints;

import io.apimodel.ApiModel;
import io.apimodel.Range;

/** @Range with min above max. */
@ApiModel
public interface BoxSizeModel {
  @Range(min = 10, max = 5)
  Integer size();
}
