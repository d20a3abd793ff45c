package invalid.enums;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Two constants with the same wire string. */
public enum Shade {
  @JsonProperty("red")
  RED,
  @JsonProperty("red") CRIMSON
}
