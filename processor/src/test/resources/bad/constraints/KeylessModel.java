package invalid.constraints;

import io.apimodel.ApiModel;
import io.apimodel.DictKey;

/** An empty @DictKey. */
@ApiModel
public interface KeylessModel {
  @DictKey("")
  String name();
}
