package io.apimodel.runtime.internal;

import io.apimodel.runtime.Violation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What reading one document noted for the checks after it: which models lacked which
 * {@code @Required} members, and whether any model failed the check at its object's end. An input
 * over a copy of part of the document (a union's) shares its reader's notes.
 */
final class ReadNotes {

  /** Models that lacked {@code @Required} members, with which ones; null until one did. */
  private IdentityStack absentRequired;
  /**
   * Whether a model may break a constraint: one of the checks each model gets when its object
   * ends ({@link ModelType#afterRead}) found something, so the whole document is checked again to
   * report it with its path. False while every model read so far has passed.
   */
  private boolean failed;
  /** A list for those checks to fill, left empty after each use. */
  private List<Violation> scratch;

  /** Forgets everything, for the next document. */
  void clear() {
    absentRequired = null;
    failed = false;
  }

  /** Notes that the JSON object {@code model} was read from lacked these {@code @Required} members. */
  void absentRequired(Object model, BitSet properties) {
    if (absentRequired == null) {
      absentRequired = new IdentityStack();
    }
    absentRequired.push(model, properties);
  }

  /** The {@code @Required} members the JSON object of {@code model} lacked, or null. */
  BitSet absentRequired(Object model) {
    return absentRequired == null ? null : (BitSet) absentRequired.valueOf(model);
  }

  /** Notes that a model read breaks a constraint. */
  void markFailed() {
    failed = true;
  }

  /** Whether every model read so far passed the check at its object's end. */
  boolean allPassed() {
    return !failed;
  }

  /** An empty list for those checks, to be left empty. */
  List<Violation> scratch() {
    if (scratch == null) {
      scratch = new ArrayList<>(4);
    }
    return scratch;
  }
}
