package unions;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.apimodel.ApiModel;
import io.apimodel.Default;
import io.apimodel.Required;

/** An item that a payload holds, alone or in a list. */
@ApiModel
public interface ItemModel {
  /** The kind of object, as the API names it. */
  @Default
  @JsonProperty("$objectType")
  default String objectType() {
    return "demo.Item";
  }

  @Required
  String name();
}
