package io.apimodel.runtime.internal;

import io.apimodel.runtime.JsonReadException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Converts between property values and plain JSON values ({@code null}, {@code String},
 * {@code Boolean}, a {@code Number}, {@code List}, {@code Map}) as Jackson's untyped reading gives
 * and writing takes them. Reading checks the JSON type and names the path of a value that does not
 * fit. Used by generated classes.
 */
public final class JsonValues {

  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** Reads one item of a list or value of a map. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(Object value, String path);
  }

  private JsonValues() {}

  /** {@code prefix.name}, or {@code name} at the top. */
  public static String path(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix + "." + name;
  }

  public static String string(Object value, String path) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw wrongType(path, "a string", value);
  }

  public static Boolean bool(Object value, String path) {
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    throw wrongType(path, "true or false", value);
  }

  public static Integer integer(Object value, String path) {
    BigInteger big = integral(value, path);
    if (big == null) {
      return null;
    }
    if (big.compareTo(INT_MIN) < 0 || big.compareTo(INT_MAX) > 0) {
      throw new JsonReadException(path, "the number " + value + " does not fit in an int");
    }
    return big.intValue();
  }

  public static Long longInteger(Object value, String path) {
    BigInteger big = integral(value, path);
    if (big == null) {
      return null;
    }
    if (big.compareTo(LONG_MIN) < 0 || big.compareTo(LONG_MAX) > 0) {
      throw new JsonReadException(path, "the number " + value + " does not fit in a long");
    }
    return big.longValue();
  }

  public static BigInteger bigInteger(Object value, String path) {
    return integral(value, path);
  }

  public static Double decimal(Object value, String path) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number number) {
      double d = number.doubleValue();
      if (Double.isInfinite(d) && !(value instanceof Double || value instanceof Float)) {
        throw new JsonReadException(path, "the number " + value + " does not fit in a double");
      }
      return d;
    }
    throw wrongType(path, "a number", value);
  }

  public static BigDecimal bigDecimal(Object value, String path) {
    if (value == null || value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    if (value instanceof BigInteger big) {
      return new BigDecimal(big);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new JsonReadException(path, value + " is not a decimal number");
      }
      return new BigDecimal(Double.toString(d));
    }
    throw wrongType(path, "a number", value);
  }

  public static UUID uuid(Object value, String path) {
    String text = string(value, path);
    if (text == null) {
      return null;
    }
    if (text.length() != 36) {
      throw new JsonReadException(path, "\"" + text + "\" is not a UUID");
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new JsonReadException(path, "\"" + text + "\" is not a UUID");
    }
  }

  public static OffsetDateTime dateTime(Object value, String path) {
    String text = string(value, path);
    if (text == null) {
      return null;
    }
    try {
      return Rfc3339.parse(text);
    } catch (DateTimeException e) {
      throw new JsonReadException(path, e.getMessage());
    }
  }

  public static LocalDate date(Object value, String path) {
    String text = string(value, path);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new JsonReadException(path, "\"" + text + "\" is not a date (yyyy-MM-dd)");
    }
  }

  /** A JSON object as a map of its members. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object value, String path) {
    if (value == null || value instanceof Map) {
      return (Map<String, Object>) value;
    }
    throw wrongType(path, "an object", value);
  }

  /** A JSON array read item by item; null items are kept (validation reports them). */
  public static <T> List<T> list(Object value, String path, Reader<? extends T> items) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof List<?> list)) {
      throw wrongType(path, "an array", value);
    }
    List<T> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      out.add(item == null ? null : items.read(item, path + "[" + i + "]"));
    }
    return Values.adoptList(out.toArray(), out.size());
  }

  /** A JSON object read as a map, value by value; null values are kept. */
  public static <T> Map<String, T> map(Object value, String path, Reader<? extends T> values) {
    Map<String, Object> members = object(value, path);
    if (members == null) {
      return null;
    }
    LinkedHashMap<String, T> out = new LinkedHashMap<>(members.size() * 4 / 3 + 1);
    for (Map.Entry<String, Object> e : members.entrySet()) {
      Object item = e.getValue();
      out.put(e.getKey(), item == null ? null : values.read(item, path + "[" + e.getKey() + "]"));
    }
    return Values.adoptMap(out);
  }

  /** Any JSON value, with lists and maps copied unmodifiable. */
  public static Object any(Object value) {
    return Values.freeze(value);
  }

  /** A list written as JSON: each non-null item converted. */
  public static <T> List<Object> writeList(List<T> items, Function<? super T, Object> convert) {
    return Dicts.list(items, convert);
  }

  /** A map written as JSON: each non-null value converted. */
  public static <V> Map<String, Object> writeMap(Map<String, V> map, Function<? super V, Object> convert) {
    return Dicts.map(map, convert);
  }

  private static BigInteger integral(Object value, String path) {
    if (value == null) {
      return null;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return BigInteger.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger big) {
      return big;
    }
    if (value instanceof BigDecimal dec) {
      try {
        return dec.toBigIntegerExact();
      } catch (ArithmeticException e) {
        throw new JsonReadException(path, "expected an integer, got " + dec);
      }
    }
    throw wrongType(path, "an integer", value);
  }

  private static JsonReadException wrongType(String path, String expected, Object value) {
    return new JsonReadException(path, "expected " + expected + ", got " + describe(value));
  }

  private static String describe(Object value) {
    if (value instanceof String s) {
      return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    if (value instanceof Number n) {
      return "the number " + n;
    }
    if (value instanceof List) {
      return "an array";
    }
    if (value instanceof Map) {
      return "an object";
    }
    return value.getClass().getSimpleName();
  }
}
