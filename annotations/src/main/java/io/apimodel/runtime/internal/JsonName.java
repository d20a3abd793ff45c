package io.apimodel.runtime.internal;

/**
 * A member name to write, with the encoded forms that outputs make of it once and keep (for
 * jackson-core, its quoted and escaped bytes).
 */
public final class JsonName {

  private final String text;
  /** What the Jackson 2 output made of this name; set on first use. */
  private Object jackson2;

  public JsonName(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  /** The form the Jackson 2 output made of this name, or null before its first use. */
  public Object jackson2() {
    return jackson2;
  }

  /** Keeps the form the Jackson 2 output made of this name. */
  public void jackson2(Object encoded) {
    this.jackson2 = encoded;
  }

  @Override
  public String toString() {
    return text;
  }
}
