package io.apimodel.runtime.internal;

import io.apimodel.runtime.Violation;
import java.io.IOException;
import java.util.List;

/**
 * What apimodel does with values of one property type: read and write them as JSON, convert them
 * for {@code toDict()}, freeze them (lists, maps, untyped values) and check what is inside them
 * (null list items, nested models). One instance per scalar type ({@link Kinds}), and one per
 * enum, model, list and map type a model uses.
 */
public abstract class Kind {

  Kind() {}

  /** Reads the value the input is on; null for JSON null. */
  abstract Object read(JsonInput in) throws IOException;

  /** Writes a non-null value. */
  abstract void write(Object value, JsonOutput out) throws IOException;

  /** The {@code toDict()} form of a non-null value. */
  Object dict(Object value, boolean redacted) {
    return value;
  }

  /** An unmodifiable deep copy of a list, map or untyped value; other values as they are. */
  Object freeze(Object value) {
    return value;
  }

  /**
   * Checks what is inside a non-null value: null items of lists and, when {@code deep}, the
   * models it holds.
   *
   * @param path where the value is ({@code subTasks}, {@code tags[1]})
   */
  void checkInside(Object value, String path, List<Violation> out, boolean deep) {}

  /** Whether {@link #checkInside} can find anything. */
  boolean hasInsideChecks() {
    return false;
  }
}
