package everykind;

import io.apimodel.ApiModel;
import io.apimodel.Required;

/** A nested model. */
@ApiModel
public interface PartModel {
  @Required
  String label();
}
