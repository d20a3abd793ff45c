package io.apimodel.runtime.internal;

import java.util.List;
import java.util.Map;

/**
 * The frozen copy of a {@code @Default} list or map, kept to be handed out again while the default
 * method returns an equal value, with its items (or keys and values, in turn) in an array: a
 * default such as {@code Map.of("$fv", "v4.r0")} is compared with a few {@code get} calls, not
 * through the iterators and entry views that {@code AbstractMap.equals} walks for every object
 * read.
 */
final class FrozenDefault {

  /** Longer lists and larger maps are compared with {@code equals}. */
  private static final int MAX_FLAT = 8;

  final Object frozen;
  /** A list's items or a map's keys and values in turn; null for others and large ones. */
  private final Object[] flat;
  private final boolean isMap;

  FrozenDefault(Object frozen) {
    this.frozen = frozen;
    this.isMap = frozen instanceof Map<?, ?>;
    Object[] items = null;
    if (frozen instanceof List<?> list && list.size() <= MAX_FLAT) {
      items = list.toArray();
    } else if (frozen instanceof Map<?, ?> map && map.size() <= MAX_FLAT) {
      items = new Object[map.size() * 2];
      int i = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        items[i++] = e.getKey();
        items[i++] = e.getValue();
      }
    }
    this.flat = items;
  }

  /** Whether {@code value} equals the frozen copy, as {@code frozen.equals(value)} answers. */
  boolean matches(Object value) {
    if (value == frozen) {
      return true;
    }
    if (frozen == null) {
      return false;
    }
    Object[] items = flat;
    if (items == null) {
      return frozen.equals(value);
    }
    if (isMap) {
      if (!(value instanceof Map<?, ?> map) || map.size() * 2 != items.length) {
        return false;
      }
      for (int i = 0; i < items.length; i += 2) {
        Object key = items[i];
        Object expected = items[i + 1];
        if (expected == null ? map.get(key) != null || !map.containsKey(key) : !expected.equals(map.get(key))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof List<?> list) || list.size() != items.length) {
      return false;
    }
    for (int i = 0; i < items.length; i++) {
      Object expected = items[i];
      Object item = list.get(i);
      if (expected == null ? item != null : !expected.equals(item)) {
        return false;
      }
    }
    return true;
  }
}
