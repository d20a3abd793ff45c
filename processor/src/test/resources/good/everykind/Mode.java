package everykind;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An enum with wire strings of its own and a fallback for unknown ones. */
public enum Mode {
  @JsonProperty("on")
  ON,
  @JsonProperty("off")
  OFF,
  @JsonEnumDefaultValue
  @JsonProperty("$UNKNOWN")
  UNKNOWN
}
