package io.apimodel.runtime.internal;

import java.util.Map;

/**
 * A value of a {@code @Default} {@code String} or {@code Map<String, String>} property with its
 * JSON text. Such properties ({@code $objectType}, {@code $reserved}) are on every object of an
 * API and nearly always hold the same value, so the descriptor keeps the last one written, and an
 * output that can copy pre-encoded bytes writes the next equal value without escaping it again.
 * Only values whose JSON text is plain (printable ASCII, no quote or backslash) have one.
 */
public final class EncodedValue {

  final Object value;
  /** The JSON text: {@code "prism.v4.config.Task"} or {@code {"$fv":"v4.r0"}}. */
  private final String json;
  private final boolean map;
  /** The output's own pre-encoded form of {@link #json}, made by the first output that needs it. */
  private volatile Object encoded;
  /** The Jackson 3 output's pre-encoded form of {@link #json}. */
  private volatile Object jackson3;

  private EncodedValue(Object value, String json, boolean map) {
    this.value = value;
    this.json = json;
    this.map = map;
  }

  /** The encoded form of a string or string map, or null when its JSON text is not plain. */
  static EncodedValue of(Object value) {
    StringBuilder json = new StringBuilder();
    if (value instanceof String s) {
      return quote(s, json) ? new EncodedValue(value, json.toString(), false) : null;
    }
    if (value instanceof Map<?, ?> m) {
      json.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          json.append(',');
        }
        first = false;
        if (!(e.getKey() instanceof String k) || !quote(k, json)) {
          return null;
        }
        json.append(':');
        if (e.getValue() == null) {
          json.append("null");
        } else if (!(e.getValue() instanceof String v) || !quote(v, json)) {
          return null;
        }
      }
      return new EncodedValue(value, json.append('}').toString(), true);
    }
    return null;
  }

  private static boolean quote(String s, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return false;
      }
    }
    out.append('"').append(s).append('"');
    return true;
  }

  /** The JSON text of the value, exactly as a compact writer writes it. */
  public String json() {
    return json;
  }

  /** Whether the value is a map (an object in JSON), not a string. */
  public boolean isMap() {
    return map;
  }

  /** The value. */
  public Object value() {
    return value;
  }

  /** What an output made of {@link #json()} for itself, or null. */
  public Object encoded() {
    return encoded;
  }

  /** Keeps an output's own pre-encoded form of {@link #json()}. */
  public void encoded(Object encoded) {
    this.encoded = encoded;
  }

  /** The Jackson 3 output's pre-encoded form, or null before its first use. */
  public Object jackson3() {
    return jackson3;
  }

  /** Keeps the Jackson 3 output's pre-encoded form. */
  public void jackson3(Object form) {
    this.jackson3 = form;
  }
}
