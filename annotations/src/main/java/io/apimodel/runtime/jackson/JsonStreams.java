package io.apimodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Rfc3339;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
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

  /** Marks a parsing context that reads a {@code Map}, whose keys paths show as {@code [key]}. */
  private static final Object MAP_MARKER = new Object();

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
    throw wrongType(p, "a string");
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
    throw wrongType(p, "true or false");
  }

  public static Integer integer(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() == JsonParser.NumberType.INT) {
        return p.getIntValue();
      }
      throw invalid(p, "the number " + p.getText() + " does not fit in an int");
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw wrongType(p, "an integer");
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
      throw invalid(p, "the number " + p.getText() + " does not fit in a long");
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw wrongType(p, "an integer");
  }

  public static BigInteger bigInteger(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return p.getBigIntegerValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw wrongType(p, "an integer");
  }

  public static Double decimal(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      double d = p.getDoubleValue();
      if (Double.isInfinite(d)) {
        throw invalid(p, "the number " + p.getText() + " does not fit in a double");
      }
      return d;
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw wrongType(p, "a number");
  }

  public static BigDecimal bigDecimal(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDecimalValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw wrongType(p, "a number");
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
    throw invalid(p, "\"" + text + "\" is not a UUID");
  }

  public static OffsetDateTime dateTime(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      try {
        return Rfc3339.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      } catch (DateTimeException e) {
        throw invalid(p, e.getMessage());
      }
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw wrongType(p, "an RFC 3339 date-time string");
  }

  public static LocalDate date(JsonParser p) throws IOException {
    String text = string(p);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw invalid(p, "\"" + text + "\" is not a date (yyyy-MM-dd)");
    }
  }

  /** An array read item by item into an unmodifiable list; null items are kept for validation. */
  public static <T> List<T> list(JsonParser p, Reader<? extends T> items) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      throw wrongType(p, "an array");
    }
    List<T> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(p.currentToken() == JsonToken.VALUE_NULL ? null : items.read(p));
    }
    return Collections.unmodifiableList(out);
  }

  /** An object read into an unmodifiable map, value by value; null values are kept. */
  public static <T> Map<String, T> map(JsonParser p, Reader<? extends T> values) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_OBJECT) {
      throw wrongType(p, "an object");
    }
    Map<String, T> out = new LinkedHashMap<>();
    p.getParsingContext().setCurrentValue(MAP_MARKER); // paths show its keys as [key]
    String name;
    while ((name = p.nextFieldName()) != null) {
      p.nextToken();
      T value = p.currentToken() == JsonToken.VALUE_NULL ? null : values.read(p);
      if (out.containsKey(name)) {
        throw duplicate(p, name);
      }
      out.put(name, value);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Any JSON value as plain Java values: {@code null}, {@code String}, {@code Boolean}, an
   * {@code Integer}/{@code Long}/{@code BigInteger}, a {@code Double} (a {@code BigDecimal} when a
   * double cannot hold it as written), an unmodifiable {@code List} or {@code Map}. Nested arrays
   * and objects are read with a stack of their own, not by recursion, so that no depth the parser
   * accepts can overflow the thread's stack.
   */
  public static Object any(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_ARRAY && t != JsonToken.START_OBJECT) {
      return scalar(p);
    }
    ArrayDeque<Open> open = new ArrayDeque<>();
    Open root = Open.start(p, null);
    open.push(root);
    while (true) {
      Open top = open.peek();
      String name = null;
      JsonToken next = p.nextToken();
      if (next == JsonToken.END_ARRAY || next == JsonToken.END_OBJECT) {
        open.pop();
        Object done = top.finish();
        if (open.isEmpty()) {
          return done;
        }
        open.peek().replace(top.slot, done);
        continue;
      }
      if (top.map != null) {
        name = p.currentName();
        if (top.map.containsKey(name)) {
          throw duplicate(p, name);
        }
        next = p.nextToken();
      }
      Object slot = top.map != null ? name : (Object) top.list.size();
      if (next == JsonToken.START_ARRAY || next == JsonToken.START_OBJECT) {
        Open child = Open.start(p, slot);
        top.add(name, child.container());
        open.push(child);
      } else {
        top.add(name, scalar(p));
      }
    }
  }

  /** An array or object being read by {@link #any}: its container and where its parent holds it. */
  private static final class Open {
    final List<Object> list;
    final Map<String, Object> map;
    final Object slot;

    private Open(List<Object> list, Map<String, Object> map, Object slot) {
      this.list = list;
      this.map = map;
      this.slot = slot;
    }

    static Open start(JsonParser p, Object slot) {
      if (p.currentToken() == JsonToken.START_ARRAY) {
        return new Open(new ArrayList<>(), null, slot);
      }
      p.getParsingContext().setCurrentValue(MAP_MARKER);
      return new Open(null, new LinkedHashMap<>(), slot);
    }

    Object container() {
      return list != null ? list : map;
    }

    void add(String name, Object value) {
      if (list != null) {
        list.add(value);
      } else {
        map.put(name, value);
      }
    }

    /** Puts a finished child's unmodifiable view where the child was. */
    void replace(Object slot, Object finished) {
      if (list != null) {
        list.set((Integer) slot, finished);
      } else {
        map.put((String) slot, finished);
      }
    }

    Object finish() {
      return list != null ? Collections.unmodifiableList(list) : Collections.unmodifiableMap(map);
    }
  }

  private static Object scalar(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case VALUE_NULL:
        return null;
      case VALUE_STRING:
        return p.getText();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NUMBER_INT:
        return p.getNumberValue();
      case VALUE_NUMBER_FLOAT:
        return floatValue(p);
      default:
        throw wrongType(p, "a JSON value");
    }
  }

  /**
   * A JSON number with a fraction or exponent: a {@code Double} when that holds it exactly as
   * written (the common case, and what Python's json gives), else a {@code BigDecimal}, so that
   * nothing is lost on the way back ({@code 0.1000000000000000055511151231257827}, {@code 1e400}).
   */
  private static Object floatValue(JsonParser p) throws IOException {
    double d = p.getDoubleValue();
    if (!Double.isInfinite(d)) {
      BigDecimal exact = p.getDecimalValue();
      if (new BigDecimal(Double.toString(d)).compareTo(exact) == 0) {
        return d;
      }
      return exact;
    }
    return p.getDecimalValue();
  }

  /** Writes a plain JSON value as {@link #any} reads it (and any other object as its string). */
  public static void writeAny(Object value, JsonGenerator gen) throws IOException {
    if (value == null) {
      gen.writeNull();
    } else if (value instanceof String s) {
      gen.writeString(s);
    } else if (value instanceof Boolean b) {
      gen.writeBoolean(b);
    } else if (value instanceof Integer i) {
      gen.writeNumber(i);
    } else if (value instanceof Long l) {
      gen.writeNumber(l);
    } else if (value instanceof Double d) {
      gen.writeNumber(d);
    } else if (value instanceof BigInteger b) {
      gen.writeNumber(b);
    } else if (value instanceof BigDecimal b) {
      gen.writeNumber(b);
    } else if (value instanceof Number n) {
      gen.writeNumber(n.toString());
    } else if (value instanceof List<?> list) {
      gen.writeStartArray(list, list.size());
      for (Object item : list) {
        writeAny(item, gen);
      }
      gen.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      gen.writeStartObject(map);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        gen.writeFieldName(String.valueOf(e.getKey()));
        writeAny(e.getValue(), gen);
      }
      gen.writeEndObject();
    } else if (value instanceof OffsetDateTime time) {
      writeDateTime(time, gen);
    } else {
      gen.writeString(value.toString());
    }
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
      throw duplicate(p, name);
    }
    p.nextToken();
    target.put(name, any(p));
    return target;
  }

  /** Fails unless the parser has reached the end of the input. */
  public static void endOfInput(JsonParser p) throws IOException {
    if (p.nextToken() != null) {
      throw invalid(p, "unexpected content after the end of the JSON value");
    }
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
    throw wrongType(p, "an object");
  }

  /** The document's violations, as Jackson reports a value it cannot accept. */
  public static JsonMappingException violations(JsonParser p, Class<?> type, ModelValidationException e) {
    return JsonMappingException.from(p, "Invalid " + type.getSimpleName() + ": " + e.getMessage(), e);
  }

  /**
   * A stream limit of Jackson's (nesting depth, number or string length) hit while reading, with
   * the path and location where it happened; the path is cut short when it is very deep.
   */
  public static JsonMappingException limit(JsonParser p, com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
    String path = path(p);
    if (path.length() > 120) {
      path = path.substring(0, 120) + "...";
    }
    JsonMappingException wrapped = MismatchedInputException.from(p, (Class<?>) null,
        "Invalid JSON at `" + path + "`: " + e.getOriginalMessage());
    wrapped.initCause(e);
    return wrapped;
  }

  /** Input nested deeper than the thread's stack allows (a model that contains itself). */
  public static JsonMappingException tooDeep(JsonParser p) {
    String path = path(p);
    return MismatchedInputException.from(p, (Class<?>) null, "Invalid JSON at `"
        + (path.length() > 120 ? path.substring(0, 120) + "..." : path) + "`: nested too deeply to read");
  }

  /** A member that appears twice in one object (the parser is on its second name). */
  public static JsonMappingException duplicate(JsonParser p, String name) {
    return invalid(p, "duplicate member \"" + name + "\"");
  }

  /** {@code subTasks[2].extId} for where the parser is. */
  public static String path(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) && context.getParent() != null) {
      context = context.getParent(); // the value is the array or object that has just started
    }
    return path(context, null);
  }

  private static String path(JsonStreamContext context, String last) {
    List<JsonStreamContext> chain = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.add(0, c);
    }
    StringBuilder out = new StringBuilder();
    for (JsonStreamContext c : chain) {
      if (c.inArray()) {
        out.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
      } else if (c.getCurrentName() != null && c.getCurrentValue() == MAP_MARKER) {
        out.append('[').append(c.getCurrentName()).append(']');
      } else if (c.getCurrentName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(c.getCurrentName());
      }
    }
    if (last != null) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(last);
    }
    return out.toString();
  }

  private static JsonMappingException wrongType(JsonParser p, String expected) throws IOException {
    return invalid(p, "expected " + expected + ", got " + describe(p));
  }

  /** A value that does not fit, reported with its path. */
  public static JsonMappingException invalid(JsonParser p, String problem) {
    return invalid(p, problem, path(p));
  }

  private static JsonMappingException invalid(JsonParser p, String problem, String path) {
    return MismatchedInputException.from(p, (Class<?>) null, "Invalid JSON at `" + path + "`: " + problem);
  }

  private static String describe(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case VALUE_STRING -> {
        String s = p.getText();
        yield "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }
}
