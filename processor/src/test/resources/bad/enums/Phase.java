package invalid.enums;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Two fallbacks for unknown wire strings. */
public enum Phase {
  @JsonEnumDefaultValue
  UNKNOWN,
  @JsonEnumDefaultValue REDACTED,
  RUNNING
}
