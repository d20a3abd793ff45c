package unionscope.b;

import io.apimodel.ApiModel;
import io.apimodel.Required;

/** A model named like the union class's Kind enum. */
@ApiModel
public interface KindModel {
  @Required
  String label();
}
