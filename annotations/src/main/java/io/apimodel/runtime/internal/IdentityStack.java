package io.apimodel.runtime.internal;

import java.util.Arrays;

/**
 * A stack of (key, value) pairs looked up by the key's identity, from the top: where the
 * runtime's walks through an object graph are (the models a {@code validate()},
 * {@code toDict()}, {@code hashCode()} or {@code equals()} is inside of, to stop at cycles) and
 * what a read noted per model. Depths and counts are small, so lookups scan.
 */
final class IdentityStack {

  private Object[] pairs = new Object[16];
  private int size;

  void push(Object key, Object value) {
    if (size == pairs.length) {
      pairs = Arrays.copyOf(pairs, size * 2);
    }
    pairs[size++] = key;
    pairs[size++] = value;
  }

  void pop() {
    pairs[--size] = null;
    pairs[--size] = null;
  }

  boolean contains(Object key) {
    return indexOf(key) >= 0;
  }

  /** The value pushed with {@code key} (the topmost such pair), or null. */
  Object valueOf(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : pairs[i + 1];
  }

  /** Whether exactly this pair, by identity, is on the stack. */
  boolean containsPair(Object key, Object value) {
    for (int i = size - 2; i >= 0; i -= 2) {
      if (pairs[i] == key && pairs[i + 1] == value) {
        return true;
      }
    }
    return false;
  }

  private int indexOf(Object key) {
    for (int i = size - 2; i >= 0; i -= 2) {
      if (pairs[i] == key) {
        return i;
      }
    }
    return -1;
  }
}
