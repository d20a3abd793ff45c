package io.apimodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.apimodel.runtime.internal.Values;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes JSON values of no declared type ({@code Object} properties, unknown members).
 * Nested arrays and objects are read with a stack of their own, not by recursion, so that no depth
 * the parser accepts can overflow the thread's stack.
 */
final class AnyJson {

  private AnyJson() {}

  /**
   * Any JSON value as plain Java values: {@code null}, {@code String}, {@code Boolean}, an
   * {@code Integer}/{@code Long}/{@code BigInteger}, a {@code Double} (a {@code BigDecimal} when a
   * double cannot hold it as written), an unmodifiable {@code List} or {@code Map}. Nested arrays
   * and objects are read with a stack of their own, not by recursion, so that no depth the parser
   * accepts can overflow the thread's stack.
   */
  static Object read(JsonParser p) throws IOException {
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
          throw JsonErrors.duplicate(p, name);
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
    final LinkedHashMap<String, Object> map;
    final Object slot;

    private Open(List<Object> list, LinkedHashMap<String, Object> map, Object slot) {
      this.list = list;
      this.map = map;
      this.slot = slot;
    }

    static Open start(JsonParser p, Object slot) {
      if (p.currentToken() == JsonToken.START_ARRAY) {
        return new Open(new ArrayList<>(), null, slot);
      }
      JsonErrors.markMap(p);
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
      return list != null ? Values.adoptList(list.toArray(), list.size()) : Values.adoptMap(map);
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
        throw JsonErrors.wrongType(p, "a JSON value");
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
  static void write(Object value, JsonGenerator gen) throws IOException {
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
        write(item, gen);
      }
      gen.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      gen.writeStartObject(map);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        gen.writeFieldName(String.valueOf(e.getKey()));
        write(e.getValue(), gen);
      }
      gen.writeEndObject();
    } else if (value instanceof OffsetDateTime time) {
      JsonStreams.writeDateTime(time, gen);
    } else {
      gen.writeString(value.toString());
    }
  }
}
