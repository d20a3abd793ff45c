package io.apimodel.runtime.internal;

import io.apimodel.runtime.Violation;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The violations one {@code validate()} collects, and the models it is inside of at the moment, so
 * that a nested model that is one of them (a cycle built through setters) is reported instead of
 * followed. One per call: no state outlives it, and a setter's check (a plain list) skips the
 * bookkeeping. Depths are small, so the lookup scans by identity.
 */
final class Validation extends ArrayList<Violation> {

  private static final long serialVersionUID = 1L;

  private transient Object[] inside = new Object[8];
  private transient int depth;
  /** The input the models were read from, which knows the required members each one lacked; or null. */
  private final transient JsonInput readFrom;

  Validation() {
    this.readFrom = null;
  }

  Validation(JsonInput readFrom) {
    this.readFrom = readFrom;
  }

  /** The {@code @Required} properties the JSON object of {@code model} left out, or null. */
  java.util.BitSet absentRequired(Object model) {
    return readFrom == null ? null : readFrom.absentRequired(model);
  }

  boolean isInside(Object model) {
    for (int i = depth - 1; i >= 0; i--) {
      if (inside[i] == model) {
        return true;
      }
    }
    return false;
  }

  void enter(Object model) {
    if (depth == inside.length) {
      inside = Arrays.copyOf(inside, depth * 2);
    }
    inside[depth++] = model;
  }

  void leave() {
    inside[--depth] = null;
  }
}
