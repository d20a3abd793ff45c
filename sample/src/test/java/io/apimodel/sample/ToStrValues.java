package io.apimodel.sample;

import io.apimodel.runtime.ApiObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Small helpers that let the Java cases read like {@code make_tostr_cases.py}: {@code dt}, {@code
 * dec}, {@code uid}, {@code date}, and {@code list}/{@code map} that accept nulls.
 */
final class ToStrValues {

  private ToStrValues() {}

  /** Cases by name, in the script's order. */
  static final class Cases {
    final Map<String, Supplier<ApiObject>> byName = new LinkedHashMap<>();

    void add(String name, Supplier<ApiObject> model) {
      if (byName.put(name, model) != null) {
        throw new IllegalStateException("duplicate case " + name);
      }
    }
  }

  static OffsetDateTime dt(String text) {
    return OffsetDateTime.parse(text);
  }

  static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  static UUID uid(String text) {
    return UUID.fromString(text);
  }

  static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** A mutable list of any JSON values, nulls included. */
  static List<Object> list(Object... items) {
    List<Object> list = new ArrayList<>(items.length);
    for (Object item : items) {
      list.add(item);
    }
    return list;
  }

  /** An insertion-ordered map from alternating keys and values; values may be null. */
  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (map.put((String) keysAndValues[i], keysAndValues[i + 1]) != null) {
        throw new IllegalArgumentException("duplicate key " + keysAndValues[i]);
      }
    }
    return map;
  }

  /** {@link #map} for {@code Map<String, String>} properties. */
  static Map<String, String> strings(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** {@link #map} for {@code Map<String, V>} properties. */
  @SuppressWarnings("unchecked")
  static <V> Map<String, V> typed(Object... keysAndValues) {
    return (Map<String, V>) (Map<String, ?>) map(keysAndValues);
  }
}
