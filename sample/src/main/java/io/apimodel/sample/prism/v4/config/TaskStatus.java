package io.apimodel.sample.prism.v4.config;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The state of a task in its lifecycle. */
public enum TaskStatus {
  /** A status this SDK does not know; the fallback for unknown wire strings. */
  @JsonEnumDefaultValue
  $UNKNOWN,
  /** A status that is hidden from the caller. */
  $REDACTED,
  /** The task is waiting to start. */
  QUEUED,
  /** The task is running. */
  RUNNING,
  /** The task is being canceled. */
  CANCELING,
  /** The task completed successfully. */
  SUCCEEDED,
  /** The task failed. */
  FAILED,
  /** The task was canceled. */
  CANCELED,
  /** The task is suspended. */
  SUSPENDED
}
