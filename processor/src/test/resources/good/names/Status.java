package names;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

public enum Status {
  ON,
  OFF,
  @JsonEnumDefaultValue
  UNKNOWN
}
