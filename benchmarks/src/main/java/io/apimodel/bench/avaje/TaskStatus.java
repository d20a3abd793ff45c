package io.apimodel.bench.avaje;

/** The status of a task; written and read by its name. */
public enum TaskStatus {
  QUEUED,
  RUNNING,
  CANCELING,
  SUCCEEDED,
  FAILED,
  CANCELED,
  SUSPENDED
}
