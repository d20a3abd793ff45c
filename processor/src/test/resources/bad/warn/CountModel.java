package invalid.warn;

import io.apimodel.ApiModel;
import io.apimodel.Required;

/** A primitive marked as required: legal, but the check never fails. */
@ApiModel
public interface CountModel {
  @Required
  int count();
}
