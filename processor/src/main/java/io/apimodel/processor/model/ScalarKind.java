package io.apimodel.processor.model;

/** The supported property types that are neither containers, enums nor models. */
public enum ScalarKind {
  STRING,
  BOOLEAN,
  INT,
  LONG,
  DOUBLE,
  BIG_DECIMAL,
  BIG_INTEGER,
  UUID,
  OFFSET_DATE_TIME,
  LOCAL_DATE,
  /** {@code java.lang.Object}: any JSON value. */
  OBJECT;

  /** Whether {@code @Range} applies. */
  public boolean isNumeric() {
    return this == INT || this == LONG || this == DOUBLE || this == BIG_DECIMAL || this == BIG_INTEGER;
  }
}
