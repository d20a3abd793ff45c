package io.apimodel.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copies that generated setters, builders and constructors store. */
public final class Values {

  private Values() {}

  /**
   * An unmodifiable copy of {@code list}, with every nested list and map copied the same way;
   * null for null. Null items are kept (validation reports them).
   */
  public static <T> List<T> frozenList(List<? extends T> list) {
    if (list == null) {
      return null;
    }
    List<T> copy = new ArrayList<>(list.size());
    for (T item : list) {
      copy.add(freeze(item));
    }
    return Collections.unmodifiableList(copy);
  }

  /**
   * An unmodifiable copy of {@code map} that keeps its order, with every nested list and map copied
   * the same way; null for null.
   */
  public static <V> Map<String, V> frozenMap(Map<String, ? extends V> map) {
    if (map == null) {
      return null;
    }
    Map<String, V> copy = new LinkedHashMap<>(capacity(map.size()));
    for (Map.Entry<String, ? extends V> e : map.entrySet()) {
      copy.put(e.getKey(), freeze(e.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  /** A mutable copy of {@code items} for a builder, or null for null. */
  public static <T> List<T> mutableList(Iterable<? extends T> items) {
    if (items == null) {
      return null;
    }
    List<T> copy = new ArrayList<>();
    for (T item : items) {
      copy.add(item);
    }
    return copy;
  }

  /** A mutable copy of {@code map} for a builder, or null for null. */
  public static <V> Map<String, V> mutableMap(Map<String, ? extends V> map) {
    return map == null ? null : new LinkedHashMap<>(map);
  }

  /** {@code value}, or an unmodifiable deep copy of it when it is a list or a map. */
  @SuppressWarnings("unchecked")
  public static <T> T freeze(T value) {
    if (value instanceof List<?> list) {
      return (T) frozenList(list);
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>(capacity(map.size()));
      for (Map.Entry<?, ?> e : map.entrySet()) {
        copy.put(e.getKey(), freeze(e.getValue()));
      }
      return (T) Collections.unmodifiableMap(copy);
    }
    return value;
  }

  private static int capacity(int size) {
    return size < 3 ? size + 1 : (int) (size / 0.75f) + 1;
  }
}
