package io.apimodel.runtime.internal;

import java.util.Arrays;
import java.util.Map;

/**
 * One {@code toDict()} on its way through an object graph: whether {@code @Redacted} values are
 * masked, and the models it is inside of with the dicts being filled for them, so that a model met
 * again inside itself (a cycle built through setters) gets the same dict, and the dicts hold the
 * same cycle. One per call; depths are small, so the lookup scans by identity.
 */
final class DictWalk {

  final boolean redacted;
  /** Pairs: a model, then its dict. */
  private Object[] inside = new Object[8];
  private int size;

  DictWalk(boolean redacted) {
    this.redacted = redacted;
  }

  /** The dict being filled for {@code model} further up, or null. */
  @SuppressWarnings("unchecked")
  Map<String, Object> dictOf(Object model) {
    for (int i = size - 2; i >= 0; i -= 2) {
      if (inside[i] == model) {
        return (Map<String, Object>) inside[i + 1];
      }
    }
    return null;
  }

  void enter(Object model, Map<String, Object> dict) {
    if (size == inside.length) {
      inside = Arrays.copyOf(inside, size * 2);
    }
    inside[size++] = model;
    inside[size++] = dict;
  }

  void leave() {
    inside[--size] = null;
    inside[--size] = null;
  }
}
