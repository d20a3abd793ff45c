package io.apimodel.bench.avaje;

/** The severity of an {@link AppMessage}; written and read by its name. */
public enum MessageSeverity {
  INFO,
  WARNING,
  ERROR
}
