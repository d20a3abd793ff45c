package io.apimodel.runtime.internal;

/**
 * A member name to write, with the encoded forms that outputs make of it once and keep (for
 * jackson-core, its quoted and escaped bytes).
 */
public final class JsonName {

  private final String text;
  /** What the Jackson 2 output made of this name; set on first use. */
  private Object jackson2;
  /** What the Jackson 3 output made of this name; set on first use. */
  private Object jackson3;
  /** What the UTF-8 output made of this name (its quoted bytes and the colon); set on first use. */
  private Object utf8;

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

  /** The form the Jackson 3 output made of this name, or null before its first use. */
  public Object jackson3() {
    return jackson3;
  }

  /** Keeps the form the Jackson 3 output made of this name. */
  public void jackson3(Object encoded) {
    this.jackson3 = encoded;
  }

  /** The form the UTF-8 output made of this name, or null before its first use. */
  public Object utf8() {
    return utf8;
  }

  /** Keeps the form the UTF-8 output made of this name. */
  public void utf8(Object encoded) {
    this.utf8 = encoded;
  }

  @Override
  public String toString() {
    return text;
  }
}
