package io.apimodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.apimodel.runtime.internal.Rfc3339;
import io.apimodel.runtime.internal.Values;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reading and writing plain values with jackson-core for the generated streaming codecs. Every
 * read method expects the parser on the value's token, checks the JSON type and reports a wrong
 * one with its path ({@code subTasks[2].extId}), taken from the parser's context.
 */
public final class JsonStreams {

  /** The factory behind the generated {@code fromJson}/{@code toJson} conveniences. */
  public static final JsonFactory FACTORY = new JsonFactory();

  /** Reads one item of an array or one value of an object; the parser is on its first token. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(JsonParser p) throws IOException;
  }

  /** Writes one non-null item or value. */
  @FunctionalInterface
  public interface Writer<T> {
    void write(T value, JsonGenerator gen) throws IOException;
  }

  private JsonStreams() {}

  public static String string(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw JsonErrors.wrongType(p, "a string");
  }

  public static Boolean bool(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw JsonErrors.wrongType(p, "true or false");
  }

  public static Integer integer(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() == JsonParser.NumberType.INT) {
        return p.getIntValue();
      }
      throw JsonErrors.invalid(p, "the number " + p.getText() + " does not fit in an int");
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw JsonErrors.wrongType(p, "an integer");
  }

  /** A primitive {@code int}: {@code fallback} for null. */
  public static int intValue(JsonParser p, int fallback) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    Integer value = integer(p);
    return value == null ? fallback : value;
  }

  /** A primitive {@code long}: {@code fallback} for null. */
  public static long longValue(JsonParser p, long fallback) throws IOException {
    Long value = longInteger(p);
    return value == null ? fallback : value;
  }

  /** A primitive {@code double}: {@code fallback} for null. */
  public static double doubleValue(JsonParser p, double fallback) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
      double d = p.getDoubleValue();
      if (!Double.isInfinite(d)) {
        return d;
      }
    }
    Double value = decimal(p);
    return value == null ? fallback : value;
  }

  /** A primitive {@code boolean}: {@code fallback} for null. */
  public static boolean boolValue(JsonParser p, boolean fallback) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    Boolean value = bool(p);
    return value == null ? fallback : value;
  }

  public static Long longInteger(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = p.getNumberType();
      if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
        return p.getLongValue();
      }
      throw JsonErrors.invalid(p, "the number " + p.getText() + " does not fit in a long");
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw JsonErrors.wrongType(p, "an integer");
  }

  public static BigInteger bigInteger(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return p.getBigIntegerValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw JsonErrors.wrongType(p, "an integer");
  }

  public static Double decimal(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      double d = p.getDoubleValue();
      if (Double.isInfinite(d)) {
        throw JsonErrors.invalid(p, "the number " + p.getText() + " does not fit in a double");
      }
      return d;
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw JsonErrors.wrongType(p, "a number");
  }

  public static BigDecimal bigDecimal(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDecimalValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw JsonErrors.wrongType(p, "a number");
  }

  public static UUID uuid(JsonParser p) throws IOException {
    String text = string(p);
    if (text == null) {
      return null;
    }
    if (text.length() == 36) {
      try {
        return UUID.fromString(text);
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    throw JsonErrors.invalid(p, "\"" + text + "\" is not a UUID");
  }

  public static OffsetDateTime dateTime(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      try {
        return Rfc3339.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      } catch (DateTimeException e) {
        throw JsonErrors.invalid(p, e.getMessage());
      }
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw JsonErrors.wrongType(p, "an RFC 3339 date-time string");
  }

  public static LocalDate date(JsonParser p) throws IOException {
    String text = string(p);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw JsonErrors.invalid(p, "\"" + text + "\" is not a date (yyyy-MM-dd)");
    }
  }

  /** An array read item by item into a frozen list; null items are kept for validation. */
  public static <T> List<T> list(JsonParser p, Reader<? extends T> items) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      throw JsonErrors.wrongType(p, "an array");
    }
    Object[] out = new Object[8];
    int size = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (size == out.length) {
        out = Arrays.copyOf(out, size * 2);
      }
      out[size++] = p.currentToken() == JsonToken.VALUE_NULL ? null : items.read(p);
    }
    return Values.adoptList(out, size);
  }

  /** An object read into an unmodifiable map, value by value; null values are kept. */
  public static <T> Map<String, T> map(JsonParser p, Reader<? extends T> values) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_OBJECT) {
      throw JsonErrors.wrongType(p, "an object");
    }
    LinkedHashMap<String, T> out = new LinkedHashMap<>();
    JsonErrors.markMap(p); // paths show its keys as [key]
    String name;
    while ((name = p.nextFieldName()) != null) {
      p.nextToken();
      T value = p.currentToken() == JsonToken.VALUE_NULL ? null : values.read(p);
      if (out.containsKey(name)) {
        throw JsonErrors.duplicate(p, name);
      }
      out.put(name, value);
    }
    return Values.adoptMap(out);
  }

  /**
   * Any JSON value as plain Java values: {@code null}, {@code String}, {@code Boolean}, an
   * {@code Integer}/{@code Long}/{@code BigInteger}, a {@code Double} (a {@code BigDecimal} when a
   * double cannot hold it as written), an unmodifiable {@code List} or {@code Map}; read without
   * recursion (see {@link AnyJson}).
   */
  public static Object any(JsonParser p) throws IOException {
    return AnyJson.read(p);
  }

  /** Writes a plain JSON value as {@link #any} reads it (and any other object as its string). */
  public static void writeAny(Object value, JsonGenerator gen) throws IOException {
    AnyJson.write(value, gen);
  }

  /** Writes a date-time as an RFC 3339 string without building a {@code String}. */
  public static void writeDateTime(OffsetDateTime value, JsonGenerator gen) throws IOException {
    char[] buf = new char[Rfc3339.MAX_LENGTH];
    gen.writeString(buf, 0, Rfc3339.format(value, buf));
  }

  /** Writes a list, items with {@code items} and nulls as null. */
  public static <T> void writeList(List<T> list, JsonGenerator gen, Writer<? super T> items) throws IOException {
    gen.writeStartArray(list, list.size());
    for (int i = 0, n = list.size(); i < n; i++) {
      T item = list.get(i);
      if (item == null) {
        gen.writeNull();
      } else {
        items.write(item, gen);
      }
    }
    gen.writeEndArray();
  }

  /** Writes a map as an object, values with {@code values} and nulls as null. */
  public static <T> void writeMap(Map<String, T> map, JsonGenerator gen, Writer<? super T> values) throws IOException {
    gen.writeStartObject(map);
    for (Map.Entry<String, T> e : map.entrySet()) {
      gen.writeFieldName(e.getKey());
      T value = e.getValue();
      if (value == null) {
        gen.writeNull();
      } else {
        values.write(value, gen);
      }
    }
    gen.writeEndObject();
  }

  /** The members no property claims, after the declared ones. */
  public static void writeUnknown(Map<String, Object> unknown, JsonGenerator gen) throws IOException {
    for (Map.Entry<String, Object> e : unknown.entrySet()) {
      gen.writeFieldName(e.getKey());
      writeAny(e.getValue(), gen);
    }
  }

  /**
   * Reads the value of a member that no property claims (the parser is on its name) into
   * {@code unknown}, rejecting a name seen before.
   *
   * @return the map, created on the first unknown member
   */
  public static Map<String, Object> readUnknown(Map<String, Object> unknown, JsonParser p, String name)
      throws IOException {
    Map<String, Object> target = unknown == null ? new LinkedHashMap<>() : unknown;
    if (target.containsKey(name)) {
      throw JsonErrors.duplicate(p, name);
    }
    p.nextToken();
    target.put(name, any(p));
    return target;
  }

  /** Fails unless the parser has reached the end of the input. */
  public static void endOfInput(JsonParser p) throws IOException {
    if (p.nextToken() != null) {
      throw JsonErrors.invalid(p, "unexpected content after the end of the JSON value");
    }
  }

  /** The parser must be on the start of an array (true) or on null (false). */
  public static boolean startArray(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_ARRAY) {
      return true;
    }
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    throw JsonErrors.wrongType(p, "an array");
  }

  /** The parser must be on the start of an object (true) or on null (false). */
  public static boolean startObject(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return true;
    }
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    throw JsonErrors.wrongType(p, "an object");
  }
}
