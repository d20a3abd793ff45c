package io.apimodel.runtime.internal;

import io.apimodel.runtime.JsonNumber;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads any JSON value as plain Java values, for {@link JsonInput#any()}: arrays and objects with
 * a stack of their own, not by recursion, so that no depth the input accepts can overflow the
 * thread's stack; numbers so that they are written back as they were written.
 */
final class UntypedReader {

  private final JsonInput in;

  UntypedReader(JsonInput in) {
    this.in = in;
  }

  /** The value the input is on. */
  Object read() throws IOException {
    int t = in.token();
    if (t != JsonInput.START_ARRAY && t != JsonInput.START_OBJECT) {
      return scalar();
    }
    ArrayDeque<Open> open = new ArrayDeque<>();
    open.push(start(null));
    while (true) {
      Open top = open.peek();
      int next = in.nextToken();
      if (next == JsonInput.END_ARRAY || next == JsonInput.END_OBJECT) {
        open.pop();
        Object done = top.finish();
        if (open.isEmpty()) {
          return done;
        }
        open.peek().replace(top.slot, done);
        continue;
      }
      String name = null;
      if (top.map != null) {
        name = in.text();
        if (top.map.containsKey(name)) {
          throw in.duplicate();
        }
        next = in.nextToken();
      }
      Object slot = top.map != null ? name : (Object) top.list.size();
      if (next == JsonInput.START_ARRAY || next == JsonInput.START_OBJECT) {
        Open child = start(slot);
        top.add(name, child.container());
        open.push(child);
      } else {
        top.add(name, scalar());
      }
    }
  }

  private Open start(Object slot) {
    if (in.token() == JsonInput.START_ARRAY) {
      return new Open(new ArrayList<>(), null, slot);
    }
    in.markMap();
    return new Open(null, new LinkedHashMap<>(), slot);
  }

  /** An array or object being read by {@link JsonInput#any}: its container and where its parent holds it. */
  private static final class Open {
    final List<Object> list;
    final LinkedHashMap<String, Object> map;
    final Object slot;

    Open(List<Object> list, LinkedHashMap<String, Object> map, Object slot) {
      this.list = list;
      this.map = map;
      this.slot = slot;
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

    /** Puts a finished child's frozen form where the child was. */
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

  private Object scalar() throws IOException {
    switch (in.token()) {
      case JsonInput.NULL:
        return null;
      case JsonInput.STRING:
        return in.text();
      case JsonInput.TRUE:
        return Boolean.TRUE;
      case JsonInput.FALSE:
        return Boolean.FALSE;
      case JsonInput.NUMBER_INT:
        switch (in.integerSize()) {
          case JsonInput.INT_SIZE:
            int value = in.tokenInt();
            return value != 0 || in.numberText().length() == 1 ? value : JsonNumber.of(in.numberText()); // -0
          case JsonInput.LONG_SIZE:
            return in.tokenLong();
          default:
            return in.tokenBigInteger();
        }
      case JsonInput.NUMBER_FLOAT:
        return floatValue();
      default:
        throw in.wrongType("a JSON value");
    }
  }

  /**
   * A number with a fraction or exponent, as a value that is written back as it was written: a
   * {@code Double} when the double's text is the number's (the common case, {@code 0.5}, and what
   * Python's json gives), else a {@link JsonNumber} that keeps the text
   * ({@code 0.1000000000000000055511151231257827}, {@code 0.50}, {@code 1e-5}, {@code 1e400},
   * {@code 1e-2147483648}).
   */
  private Object floatValue() throws IOException {
    String text = in.numberText();
    double d = in.tokenDouble();
    return Double.toString(d).equals(text) ? (Object) d : JsonNumber.of(text);
  }
}
