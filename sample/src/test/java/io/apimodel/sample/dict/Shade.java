package io.apimodel.sample.dict;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A test enum whose wire strings differ from most of its Java names. */
public enum Shade {
  /** The fallback for unknown wire strings. */
  @JsonEnumDefaultValue
  @JsonProperty("$UNKNOWN")
  UNKNOWN,
  /** Wire string with a dash. */
  @JsonProperty("dark-blue")
  DARK_BLUE,
  /** Wire string with a dot and lower case. */
  @JsonProperty("light.green")
  LIGHT_GREEN,
  /** No annotation: the wire string is the Java name. */
  RED
}
