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

  /** Whether {@link #checkInside} can find anything: a field, so that asking costs no call. */
  final boolean insideChecks;
  /** Whether {@link #dict} and {@link #freeze} return values as they are (scalars but {@code Object}). */
  final boolean plain;

  /** A scalar kind: its values are their own dict form and need no freezing. */
  Kind() {
    this(false, true);
  }

  Kind(boolean insideChecks, boolean plain) {
    this.insideChecks = insideChecks;
    this.plain = plain;
  }

  /** Reads the value the input is on; null for JSON null. */
  abstract Object read(JsonInput in) throws IOException;

  /** Writes a non-null value. */
  abstract void write(Object value, JsonOutput out) throws IOException;

  /**
   * Whether values of this kind can hold enum constants read from unknown wire strings, whose raw
   * strings are kept beside the value (an "overlay" of the value's shape: the string for an enum,
   * a list or map of overlays for a container) so that writes and {@code toDict()} give them back.
   * A reader of such a kind leaves the overlay of what it read in {@link JsonInput#overlay()}.
   */
  boolean keepsWire() {
    return false;
  }

  /** Writes a non-null value whose unknown wire strings are in {@code overlay} (null: none). */
  void write(Object value, Object overlay, JsonOutput out) throws IOException {
    write(value, out);
  }

  /** The {@code toDict()} form of a non-null value with the unknown wire strings of {@code overlay}. */
  Object dict(Object value, Object overlay, DictWalk walk) {
    return dict(value, walk);
  }

  /** The {@code toDict()} form of a non-null value. */
  Object dict(Object value, DictWalk walk) {
    return value;
  }

  /** An unmodifiable deep copy of a list, map or untyped value; other values as they are. */
  Object freeze(Object value) {
    return value;
  }

  /**
   * Checks what is inside a non-null value: null items of lists and, when {@code deep}, the
   * models it holds. Violations get paths relative to the value ({@code [2].extId},
   * {@code .extId}), which the caller puts its own path in front of: a valid value costs no
   * path at all.
   */
  void checkInside(Object value, List<Violation> out, boolean deep) {}
}
