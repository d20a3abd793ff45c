package invalid.names;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.apimodel.ApiModel;

/** Two properties with the same JSON name. */
@ApiModel
public interface ContactModel {
  String name();

  @JsonProperty("name")
  String label();
}
