package invalid.unions;

import io.apimodel.ApiModel;

/** The model that the unions here hold. */
@ApiModel
public interface ThingModel {
  String name();
}
