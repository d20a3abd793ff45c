package io.apimodel.sample.common.v1.config;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How serious a message is. */
public enum MessageSeverity {
  /** A severity this SDK does not know; the fallback for unknown wire strings. */
  @JsonEnumDefaultValue
  $UNKNOWN,
  /** A severity that is hidden from the caller. */
  $REDACTED,
  /** An informational message. */
  INFO,
  /** A warning: something went wrong without causing a failure. */
  WARNING,
  /** An error: something failed. */
  ERROR
}
