package io.apimodel.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A compiled {@code @Pattern} regular expression, for generated code: {@link #find(String)}
 * answers exactly what {@code Pattern.compile(regex).matcher(value).find()} answers, for every
 * string.
 *
 * <p>A regular expression of a simple subset is run by a small matcher of its own, without
 * {@link java.util.regex}: it starts with {@code ^}; then come single characters (a literal, an
 * escaped non-alphanumeric ASCII character, {@code \d}, {@code \w}, {@code \s}, or a class
 * {@code [...]} of those and ranges), each with at most one greedy quantifier ({@code *},
 * {@code +}, {@code ?}, {@code {n}}, {@code {n,}}, {@code {n,m}}); it may end with {@code $}. It
 * qualifies only if greedy matching never needs to back off: a character that a repeated
 * element may take can never be the next thing the rest of the expression needs. Everything else
 * is handed to {@link Pattern}. UUID-style patterns such as
 * {@code ^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-...$} qualify.
 */
public final class StringPattern {

  private final String regex;
  /** The elements of a simple expression, in order; null when {@link #pattern} decides. */
  private final Atom[] atoms;
  /** Whether a simple expression ends with {@code $}. */
  private final boolean dollar;
  /** The elements' matcher on ASCII bytes; null when {@link #pattern} decides. */
  private final AsciiMatcher ascii;
  /** The fallback; null for a simple expression. */
  private final Pattern pattern;
  /** Whether the fallback can only match at index 0, so {@code lookingAt()} gives the answer. */
  private final boolean startOnly;

  private StringPattern(String regex, Atom[] atoms, boolean dollar, Pattern pattern) {
    this.regex = regex;
    this.atoms = atoms;
    this.dollar = dollar;
    this.ascii = atoms == null ? null : new AsciiMatcher(atoms, dollar);
    this.pattern = pattern;
    this.startOnly = pattern != null && matchesOnlyAtStart(regex);
  }

  /**
   * Compiles a regular expression of {@link java.util.regex} syntax.
   *
   * @throws java.util.regex.PatternSyntaxException if {@link Pattern#compile(String)} rejects it
   */
  public static StringPattern compile(String regex) {
    Pattern pattern = Pattern.compile(regex);
    SimpleRegex simple = SimpleRegex.parse(regex);
    if (simple == null) {
      return new StringPattern(regex, null, false, pattern);
    }
    return new StringPattern(regex, simple.atoms(), simple.dollar(), null);
  }

  /**
   * Whether {@code value} contains a match: the same answer as
   * {@code Pattern.compile(regex()).matcher(value).find()}.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public boolean find(String value) {
    Atom[] elements = atoms;
    if (elements == null) {
      return startOnly ? pattern.matcher(value).lookingAt() : pattern.matcher(value).find();
    }
    int length = value.length();
    int i = 0;
    for (Atom atom : elements) {
      if (atom.min > length - i) {
        return false;
      }
      for (int mandatoryEnd = i + atom.min; i < mandatoryEnd; i++) {
        if (!atom.matches(value.charAt(i))) {
          return false;
        }
      }
      int end = length - i <= atom.max - atom.min ? length : i + (atom.max - atom.min);
      while (i < end && atom.matches(value.charAt(i))) {
        i++;
      }
    }
    return !dollar || endOfInput(value, i, length);
  }

  /**
   * {@link #find(String)} of the string of the bytes {@code [from, to)} of {@code bytes}, which
   * must all be ASCII (below 0x80), such as a JSON string's bytes without escapes: without making
   * the string, eight bytes at a time where the expression allows.
   */
  public boolean findAscii(byte[] bytes, int from, int to) {
    if (ascii == null) {
      return find(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1));
    }
    return ascii.find(bytes, from, to);
  }

  /** The regular expression, as given to {@link #compile(String)}. */
  public String regex() {
    return regex;
  }

  /** The regular expression, as given to {@link #compile(String)}. */
  @Override
  public String toString() {
    return regex;
  }

  /** Whether the own matcher runs this expression (not {@link java.util.regex}). */
  boolean usesFastPath() {
    return atoms != null;
  }

  /**
   * Where {@code $} (without {@code MULTILINE}) matches: at the end, before a final line
   * terminator ({@code \n} unless it ends a {@code \r\n}, {@code \r}, U+0085,
   * U+2028, U+2029), or before a final {@code \r\n}.
   */
  private static boolean endOfInput(String value, int i, int length) {
    if (i == length) {
      return true;
    }
    if (i == length - 1) {
      char c = value.charAt(i);
      if (c == '\n') {
        return i == 0 || value.charAt(i - 1) != '\r';
      }
      return c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
    return i == length - 2 && value.charAt(i) == '\r' && value.charAt(i + 1) == '\n';
  }

  /**
   * Whether a regular expression that the fallback runs can match only at index 0: it starts with
   * a {@code ^} that no quantifier makes optional ({@code ^*a} finds the {@code a} of
   * {@code "ba"}) and has no alternation. When in doubt this says no, and {@code find()} runs.
   */
  private static boolean matchesOnlyAtStart(String regex) {
    return regex.startsWith("^")
        && regex.indexOf('|') < 0
        && (regex.length() == 1 || "*+?{".indexOf(regex.charAt(1)) < 0);
  }

  /**
   * One element of a simple expression: a set of BMP characters (no surrogates) taken between
   * {@code min} and {@code max} times.
   */
  static final class Atom {
    /** Characters 0 to 63, one bit each. */
    final long low;
    /** Characters 64 to 127, one bit each. */
    final long high;
    /** Characters from 128 on, as sorted, disjoint, inclusive {@code [from, to]} pairs. */
    final char[] ranges;
    final int min;
    final int max;

    private Atom(long low, long high, char[] ranges, int min, int max) {
      this.low = low;
      this.high = high;
      this.ranges = ranges;
      this.min = min;
      this.max = max;
    }

    /** The atom for a set of BMP characters that holds no surrogate. */
    static Atom of(BitSet set, int min, int max) {
      long low = 0;
      long high = 0;
      for (int c = set.nextSetBit(0); c >= 0 && c < 128; c = set.nextSetBit(c + 1)) {
        if (c < 64) {
          low |= 1L << c;
        } else {
          high |= 1L << c;
        }
      }
      List<Character> bounds = new ArrayList<>();
      int from = set.nextSetBit(128);
      while (from >= 0) {
        int end = set.nextClearBit(from);
        bounds.add((char) from);
        bounds.add((char) (end - 1));
        from = set.nextSetBit(end);
      }
      char[] ranges = new char[bounds.size()];
      for (int k = 0; k < ranges.length; k++) {
        ranges[k] = bounds.get(k);
      }
      return new Atom(low, high, ranges, min, max);
    }

    /** Whether the set holds {@code c}. */
    boolean matches(char c) {
      if (c < 128) {
        // A shift takes its distance modulo 64: bit c - 64 of high for c >= 64.
        return ((c < 64 ? low : high) & (1L << c)) != 0;
      }
      char[] r = ranges;
      for (int k = 0; k < r.length; k += 2) {
        if (c < r[k]) {
          return false;
        }
        if (c <= r[k + 1]) {
          return true;
        }
      }
      return false;
    }
  }
}
