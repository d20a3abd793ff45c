package io.apimodel.runtime.internal;

import io.apimodel.runtime.JsonNumber;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The lists and maps that generated classes store: unmodifiable and deeply frozen. A list or map
 * frozen here is recognised again, so passing one from object to object, or through
 * {@code toBuilder()} and {@code build()}, copies nothing.
 */
public final class Values {

  private Values() {}

  /**
   * {@code list} frozen: itself when it was frozen here already, else an unmodifiable copy with
   * every nested list and map frozen the same way; null for null. Null items are kept (validation
   * reports them).
   */
  @SuppressWarnings("unchecked")
  public static <T> List<T> frozenList(List<? extends T> list) {
    if (list == null || list instanceof FrozenList) {
      return (List<T>) list;
    }
    Object[] items = list.toArray();
    for (int i = 0; i < items.length; i++) {
      items[i] = freeze(items[i]);
    }
    return new FrozenList<>(items, items.length);
  }

  /**
   * A frozen list made of the first {@code size} of {@code items}, which the caller hands over and
   * must not change afterwards; for readers that collect items themselves. The items must be frozen
   * already.
   */
  public static <T> List<T> adoptList(Object[] items, int size) {
    return new FrozenList<>(items, size);
  }

  /**
   * {@code map} frozen: itself when it was frozen here already, else an unmodifiable copy that keeps
   * its order, with every nested list and map frozen the same way; null for null.
   */
  @SuppressWarnings("unchecked")
  public static <V> Map<String, V> frozenMap(Map<String, ? extends V> map) {
    if (map == null || map instanceof FrozenMap) {
      return (Map<String, V>) map;
    }
    LinkedHashMap<String, V> copy = new LinkedHashMap<>(capacity(map.size()));
    for (Map.Entry<String, ? extends V> e : map.entrySet()) {
      copy.put(e.getKey(), freeze(e.getValue()));
    }
    return new FrozenMap<>(copy);
  }

  /**
   * A frozen map made of {@code map}, which the caller hands over and must not change afterwards;
   * for readers. The values must be frozen already.
   */
  public static <V> Map<String, V> adoptMap(LinkedHashMap<String, V> map) {
    return new FrozenMap<>(map);
  }

  /**
   * A builder's list, ready to add to: a new list for null, a mutable copy of a frozen one, else
   * {@code list} itself (the builder's own).
   */
  private static <T> List<T> growableList(List<T> list) {
    return list == null || list instanceof FrozenList ? mutableList(list) : list;
  }

  /**
   * A builder's map, ready to put into: a new map for null, a mutable copy of a frozen one, else
   * {@code map} itself (the builder's own).
   */
  private static <V> Map<String, V> growableMap(Map<String, V> map) {
    return map == null || map instanceof FrozenMap ? mutableMap(map) : map;
  }

  /** A mutable copy of {@code items} for a builder: empty for null. */
  private static <T> List<T> mutableList(Iterable<? extends T> items) {
    List<T> copy = new ArrayList<>();
    if (items == null) {
      return copy;
    }
    for (T item : items) {
      copy.add(item);
    }
    return copy;
  }

  /** A mutable copy of {@code map} for a builder: empty for null. */
  private static <V> Map<String, V> mutableMap(Map<String, ? extends V> map) {
    return map == null ? new LinkedHashMap<>() : new LinkedHashMap<>(map);
  }

  /** A model's unknown fields as users see them: unmodifiable, empty for null. */
  public static Map<String, Object> unknownView(Map<String, Object> unknown) {
    return unknown == null ? Map.of() : Collections.unmodifiableMap(unknown);
  }

  /** A builder's {@code addX(T...)}: its list made growable, with the items added. */
  public static <T> List<T> add(List<T> list, T[] items) {
    List<T> target = growableList(list);
    for (T item : items) {
      target.add(item);
    }
    return target;
  }

  /** A builder's {@code addAllX(Iterable)}: its list made growable, with the items added. */
  public static <T> List<T> addAll(List<T> list, Iterable<? extends T> items) {
    List<T> target = growableList(list);
    for (T item : items) {
      target.add(item);
    }
    return target;
  }

  /** A builder's {@code putX(key, value)}: its map made growable, with the entry put. */
  public static <V> Map<String, V> put(Map<String, V> map, String key, V value) {
    Objects.requireNonNull(key, "key");
    Map<String, V> target = growableMap(map);
    target.put(key, value);
    return target;
  }

  /**
   * Whether a non-null value is one that JSON writes as a string, number or boolean: what an
   * {@code Object} property may hold besides lists, maps and generated models.
   */
  static boolean isJsonScalar(Object value) {
    return value instanceof String || value instanceof Boolean || value instanceof Integer
        || value instanceof Long || value instanceof Double || value instanceof BigDecimal
        || value instanceof BigInteger || value instanceof Short || value instanceof Byte
        || value instanceof Float || value instanceof OffsetDateTime || value instanceof LocalDate
        || value instanceof UUID || value instanceof Enum || value instanceof JsonNumber;
  }

  /** {@code value}, or a frozen deep copy of it when it is a list or a map. */
  @SuppressWarnings("unchecked")
  public static <T> T freeze(T value) {
    if (value instanceof List<?> list) {
      return (T) frozenList(list);
    }
    if (value instanceof Map<?, ?> map) {
      if (map instanceof FrozenMap) {
        return value;
      }
      LinkedHashMap<Object, Object> copy = new LinkedHashMap<>(capacity(map.size()));
      for (Map.Entry<?, ?> e : map.entrySet()) {
        copy.put(e.getKey(), freeze(e.getValue()));
      }
      return (T) new FrozenMap<>(copy);
    }
    return value;
  }

  private static int capacity(int size) {
    return size < 3 ? size + 1 : (int) (size / 0.75f) + 1;
  }
}
