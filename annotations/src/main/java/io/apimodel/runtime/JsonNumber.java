package io.apimodel.runtime;

import java.math.BigDecimal;

/**
 * A JSON number kept exactly as it was written, for numbers in untyped values (unknown fields,
 * {@code Object} properties) that neither a {@code Double} nor a {@code BigDecimal} gives back in
 * the same form: {@code 1e-5}, {@code 1E+400}, {@code 1e-2147483648} (past {@code BigDecimal}'s
 * range), {@code -0}. Written back as the same text, so that a read-then-write keeps every number
 * as the API sent it.
 *
 * <p>Equal when written alike ({@code 1e5} and {@code 1E5} are not equal); the {@link Number}
 * conversions are those of the text's value, {@code double} and {@code float} rounding as
 * {@link Double#parseDouble} does (to infinity or zero beyond their range).
 */
public final class JsonNumber extends Number {

  private static final long serialVersionUID = 1L;

  private final String text;

  private JsonNumber(String text) {
    this.text = text;
  }

  /**
   * The number written as {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a JSON number
   *     ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?})
   */
  public static JsonNumber of(String text) {
    if (!isJsonNumber(text)) {
      throw new IllegalArgumentException("not a JSON number: " + text);
    }
    return new JsonNumber(text);
  }

  /** The number as written. */
  public String text() {
    return text;
  }

  /**
   * The exact value.
   *
   * @throws ArithmeticException if the exponent is beyond what a {@code BigDecimal} holds
   */
  public BigDecimal toBigDecimal() {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new ArithmeticException(text + " is beyond the range of a BigDecimal");
    }
  }

  @Override
  public double doubleValue() {
    return Double.parseDouble(text);
  }

  @Override
  public float floatValue() {
    return Float.parseFloat(text);
  }

  /** The value as a {@code long}, as {@link BigDecimal#longValue()} has it (0 beyond a BigDecimal). */
  @Override
  public long longValue() {
    try {
      return new BigDecimal(text).longValue();
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public int intValue() {
    return (int) longValue();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonNumber n && n.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The number as written. */
  @Override
  public String toString() {
    return text;
  }

  private static boolean isJsonNumber(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && s.charAt(i) == '-') {
      i++;
    }
    if (i == n) {
      return false;
    }
    if (s.charAt(i) == '0') {
      i++;
    } else {
      int start = i;
      i = digits(s, i);
      if (i == start) {
        return false;
      }
    }
    if (i < n && s.charAt(i) == '.') {
      int start = ++i;
      i = digits(s, i);
      if (i == start) {
        return false;
      }
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int start = i;
      i = digits(s, i);
      if (i == start) {
        return false;
      }
    }
    return i == n;
  }

  private static int digits(String s, int i) {
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
