package io.apimodel.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds the values of a generated {@code toDict()}: new, mutable lists and maps all the way down. */
public final class Dicts {

  /** What {@code toStr()} shows instead of a non-null {@link io.apimodel.Redacted} value. */
  public static final String REDACTED = "***";

  private Dicts() {}

  /** A new {@code ArrayList} of the converted items, or null for null. */
  public static <T> List<Object> list(List<T> items, Function<? super T, Object> convert) {
    if (items == null) {
      return null;
    }
    List<Object> out = new ArrayList<>(items.size());
    for (T item : items) {
      out.add(item == null ? null : convert.apply(item));
    }
    return out;
  }

  /** A new {@code LinkedHashMap} of the converted values in the same order, or null for null. */
  public static <V> Map<String, Object> map(Map<String, V> map, Function<? super V, Object> convert) {
    if (map == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>(map.size() * 4 / 3 + 1);
    for (Map.Entry<String, V> e : map.entrySet()) {
      V value = e.getValue();
      out.put(e.getKey(), value == null ? null : convert.apply(value));
    }
    return out;
  }

  /**
   * An {@code Object} property's value as a dict value: lists and maps copied into new mutable
   * ones, models converted with their {@code toDict}, enums as their names, the rest as is.
   */
  public static Object plain(Object value, boolean redacted) {
    if (value instanceof List<?> list) {
      return list(list, item -> plain(item, redacted));
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>(map.size() * 4 / 3 + 1);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.put(String.valueOf(e.getKey()), plain(e.getValue(), redacted));
      }
      return out;
    }
    if (value instanceof ApiObject model) {
      return model.toDict(redacted);
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    return value;
  }
}
