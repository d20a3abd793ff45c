package io.apimodel.bench.baseline;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The hand-written twin of the sample's {@code TaskStatus}. */
public enum HandTaskStatus {
  @JsonEnumDefaultValue
  $UNKNOWN,
  $REDACTED,
  QUEUED,
  RUNNING,
  CANCELING,
  SUCCEEDED,
  FAILED,
  CANCELED,
  SUSPENDED;

  /** The constant for a wire string; {@code $UNKNOWN} for one this client does not know. */
  public static HandTaskStatus fromWire(String wire) {
    return switch (wire) {
      case "$UNKNOWN" -> $UNKNOWN;
      case "$REDACTED" -> $REDACTED;
      case "QUEUED" -> QUEUED;
      case "RUNNING" -> RUNNING;
      case "CANCELING" -> CANCELING;
      case "SUCCEEDED" -> SUCCEEDED;
      case "FAILED" -> FAILED;
      case "CANCELED" -> CANCELED;
      case "SUSPENDED" -> SUSPENDED;
      default -> $UNKNOWN;
    };
  }
}
