package discovery;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.apimodel.Required;
import io.apimodel.Size;

/** A plain super-interface (not a model): its properties come first. */
public interface Named {
  @Required
  String name();

  /** The label, as the base declares it. */
  @JsonProperty("label_text")
  @Size(max = 5)
  String label();
}
