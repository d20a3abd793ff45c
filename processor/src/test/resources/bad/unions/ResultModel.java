package invalid.unions;

import io.apimodel.ApiModel;
import io.apimodel.OneOf;

@ApiModel
@OneOf
public interface ResultModel {
  String text();
}
