package samename.b;

import io.apimodel.ApiModel;
import io.apimodel.Required;

/** Generates samename.b.Item, with the same simple name as samename.a.Item. */
@ApiModel
public interface ItemModel {
  @Required
  Long quantity();
}
