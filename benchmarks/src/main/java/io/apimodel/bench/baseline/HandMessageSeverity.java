package io.apimodel.bench.baseline;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The hand-written twin of the sample's {@code MessageSeverity}. */
public enum HandMessageSeverity {
  @JsonEnumDefaultValue
  $UNKNOWN,
  $REDACTED,
  INFO,
  WARNING,
  ERROR;

  /** The constant for a wire string; {@code $UNKNOWN} for one this client does not know. */
  public static HandMessageSeverity fromWire(String wire) {
    return switch (wire) {
      case "$UNKNOWN" -> $UNKNOWN;
      case "$REDACTED" -> $REDACTED;
      case "INFO" -> INFO;
      case "WARNING" -> WARNING;
      case "ERROR" -> ERROR;
      default -> $UNKNOWN;
    };
  }
}
