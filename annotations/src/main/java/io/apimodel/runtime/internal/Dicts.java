package io.apimodel.runtime.internal;

import io.apimodel.runtime.ApiObject;
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

  /** A nested model's dict, or null for null. */
  public static Map<String, Object> model(ApiObject model, boolean redacted) {
    return model == null ? null : model.toDict(redacted);
  }

  /** An enum constant's name (its wire string when it has no other), or null for null. */
  public static String name(Enum<?> constant) {
    return constant == null ? null : constant.name();
  }

  /**
   * A new {@code ArrayList} of the same items, or null for null: a list of values that
   * {@code toDict()} keeps as they are (strings, numbers, booleans, date-times).
   */
  public static List<Object> copyList(List<?> items) {
    return items == null ? null : new ArrayList<>(items);
  }

  /** A new {@code LinkedHashMap} of the same values in the same order, or null for null. */
  public static Map<String, Object> copyMap(Map<String, ?> map) {
    return map == null ? null : new LinkedHashMap<>(map);
  }

  /** A new {@code ArrayList} of the models' dicts (null items stay null), or null for null. */
  public static List<Object> modelList(List<? extends ApiObject> items, boolean redacted) {
    return list(items, item -> item.toDict(redacted));
  }

  /** A new {@code LinkedHashMap} of the models' dicts in the same order, or null for null. */
  public static Map<String, Object> modelMap(Map<String, ? extends ApiObject> map, boolean redacted) {
    return map(map, value -> value.toDict(redacted));
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
