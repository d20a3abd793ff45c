package invalid.methods;

import io.apimodel.ApiModel;
import io.apimodel.Default;

/** A @Default method with a throws clause: the generated constructor could not call it. */
@ApiModel
public interface RetryModel {
  @Default
  default Integer attempts() throws Exception {
    return 3;
  }
}
