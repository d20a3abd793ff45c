package invalid.constraints;

import io.apimodel.ApiModel;
import io.apimodel.Default;

/** An abstract method marked as having a default. */
@ApiModel
public interface LocaleModel {
  @Default
  String locale();
}
