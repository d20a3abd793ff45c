package io.apimodel.runtime.internal;

import io.apimodel.runtime.Violation;
import java.util.ArrayList;

/**
 * The violations one {@code validate()} collects, and the models it is inside of at the moment, so
 * that a nested model that is one of them (a cycle built through setters) is reported instead of
 * followed. One per call: no state outlives it, and a setter's check (a plain list) skips the
 * bookkeeping.
 */
final class Validation extends ArrayList<Violation> {

  private static final long serialVersionUID = 1L;

  private final transient IdentityStack inside = new IdentityStack();
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
    return readFrom == null ? null : readFrom.notes().absentRequired(model);
  }

  boolean isInside(Object model) {
    return inside.contains(model);
  }

  void enter(Object model) {
    inside.push(model, null);
  }

  void leave() {
    inside.pop();
  }
}
