package io.apimodel.runtime.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Recognises the subset of regular expressions that {@link StringPattern} runs itself and turns it
 * into {@link StringPattern.Atom}s; {@link #parse(String)} says null for anything else, which then
 * goes to {@link java.util.regex}. Only called for expressions {@code Pattern.compile} accepted.
 *
 * <p>Being outside the subset is always safe, so whatever is unusual is left out: groups,
 * alternation, {@code .}, negated or nested classes, class intersections, escapes of letters and
 * digits other than {@code \d \w \s}, escaped range ends, surrogates, lazy and possessive
 * quantifiers, a {@code ^} or {@code $} anywhere but first and last, and expressions where greedy
 * matching could have to back off.
 */
final class SimpleRegex {

  /** Larger repetition counts are left to {@link java.util.regex}. */
  private static final int MAX_COUNT = 100_000;
  private static final int UNBOUNDED = Integer.MAX_VALUE;
  /** Where {@code $} can match before the end of the input, the next character is one of these. */
  private static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";
  /** Characters that are not literals outside a class. */
  private static final String METACHARACTERS = "\\^$.|?*+()[]{}";

  private final String regex;
  private int pos;
  private final List<BitSet> sets = new ArrayList<>();
  private final List<int[]> counts = new ArrayList<>();
  private boolean dollar;

  private SimpleRegex(String regex) {
    this.regex = regex;
  }

  /** The atoms of a regular expression in the subset, or null. */
  static SimpleRegex parse(String regex) {
    if (!regex.startsWith("^")) {
      return null;
    }
    SimpleRegex simple = new SimpleRegex(regex);
    simple.pos = 1;
    return simple.readAtoms() && simple.greedyIsExact() ? simple : null;
  }

  boolean dollar() {
    return dollar;
  }

  StringPattern.Atom[] atoms() {
    StringPattern.Atom[] atoms = new StringPattern.Atom[sets.size()];
    for (int k = 0; k < atoms.length; k++) {
      atoms[k] = StringPattern.Atom.of(sets.get(k), counts.get(k)[0], counts.get(k)[1]);
    }
    return atoms;
  }

  private boolean readAtoms() {
    int n = regex.length();
    while (pos < n) {
      if (regex.charAt(pos) == '$') {
        dollar = pos == n - 1;
        pos++;
        return dollar;
      }
      BitSet set = element();
      if (set == null || intersectsSurrogates(set)) {
        return false;
      }
      int[] count = quantifier();
      if (count == null) {
        return false;
      }
      sets.add(set);
      counts.add(count);
    }
    return true;
  }

  /** A literal, an escape or a class; null if outside the subset. */
  private BitSet element() {
    char c = regex.charAt(pos);
    if (c == '[') {
      return characterClass();
    }
    if (c == '\\') {
      return escape();
    }
    if (METACHARACTERS.indexOf(c) >= 0) {
      return null;
    }
    pos++;
    return single(c);
  }

  /** {@code \d}, {@code \w}, {@code \s} or an escaped non-alphanumeric ASCII character. */
  private BitSet escape() {
    if (pos + 1 >= regex.length()) {
      return null;
    }
    char e = regex.charAt(pos + 1);
    pos += 2;
    BitSet set = new BitSet();
    switch (e) {
      case 'd' -> set.set('0', '9' + 1);
      case 'w' -> {
        set.set('a', 'z' + 1);
        set.set('A', 'Z' + 1);
        set.set('0', '9' + 1);
        set.set('_');
      }
      case 's' -> {
        set.set(' ');
        set.set('\t', '\r' + 1); // \t \n \x0B \f \r
      }
      default -> {
        boolean punctuation = e > ' ' && e < 127 && !Character.isLetterOrDigit(e);
        if (!punctuation) {
          return null;
        }
        set.set(e);
      }
    }
    return set;
  }

  /** {@code [...]} of literals, ranges of two literals and escapes; not negated, nothing nested. */
  private BitSet characterClass() {
    int n = regex.length();
    BitSet set = new BitSet();
    boolean first = true;
    pos++;
    while (true) {
      if (pos >= n) {
        return null;
      }
      char c = regex.charAt(pos);
      if (c == ']' && !first) {
        pos++;
        return set;
      }
      if (c == ']' || c == '[' || c == '&' || (c == '^' && first)) {
        return null;
      }
      if (c == '\\') {
        BitSet escaped = escape();
        if (escaped == null || rangeFollows()) {
          return null;
        }
        set.or(escaped);
      } else if (c == '-' && !first) {
        // Only a trailing '-' is a literal here; "[a-c-e]" and the like are left out.
        if (pos + 1 >= n || regex.charAt(pos + 1) != ']') {
          return null;
        }
        set.set('-');
        pos++;
      } else {
        pos++;
        if (rangeFollows()) {
          char to = regex.charAt(pos + 1);
          if (to == '\\' || to == '[' || to == '&' || to < c) {
            return null;
          }
          set.set(c, to + 1);
          pos += 2;
        } else {
          set.set(c);
        }
      }
      first = false;
    }
  }

  /** Whether a {@code -} that is not the last character of the class is at {@link #pos}. */
  private boolean rangeFollows() {
    return pos + 1 < regex.length() && regex.charAt(pos) == '-' && regex.charAt(pos + 1) != ']';
  }

  /**
   * {@code {min, max}} of the quantifier at {@link #pos}, {@code {1, 1}} if there is none; null if
   * it is unusual. The {@code ?} or {@code +} of a lazy or possessive quantifier is a
   * metacharacter that {@link #element()} rejects next.
   */
  private int[] quantifier() {
    int n = regex.length();
    if (pos >= n) {
      return new int[] {1, 1};
    }
    int[] count;
    switch (regex.charAt(pos)) {
      case '*' -> count = new int[] {0, UNBOUNDED};
      case '+' -> count = new int[] {1, UNBOUNDED};
      case '?' -> count = new int[] {0, 1};
      case '{' -> count = braces();
      default -> {
        return new int[] {1, 1};
      }
    }
    if (count == null) {
      return null;
    }
    pos++; // past the quantifier's last character
    return count;
  }

  /** {@code {n}}, {@code {n,}} or {@code {n,m}}, leaving {@link #pos} at the closing brace. */
  private int[] braces() {
    pos++;
    int min = number();
    if (min < 0) {
      return null;
    }
    int max = min;
    if (pos < regex.length() && regex.charAt(pos) == ',') {
      pos++;
      max = pos < regex.length() && regex.charAt(pos) == '}' ? UNBOUNDED : number();
    }
    if (max < min || pos >= regex.length() || regex.charAt(pos) != '}') {
      return null;
    }
    return new int[] {min, max};
  }

  /** The decimal number at {@link #pos}, or -1 if there is none or it exceeds {@link #MAX_COUNT}. */
  private int number() {
    int start = pos;
    int value = 0;
    while (pos < regex.length() && regex.charAt(pos) >= '0' && regex.charAt(pos) <= '9') {
      value = value * 10 + (regex.charAt(pos) - '0');
      pos++;
      if (value > MAX_COUNT) {
        return -1;
      }
    }
    return pos == start ? -1 : value;
  }

  /**
   * Whether taking as many characters as possible, element by element, finds a match whenever
   * there is one. It does when no element of variable length may take a character that the rest
   * could need next: the characters of the following elements up to and including the first one
   * that must occur, or, when only optional elements follow, the line terminators before which
   * {@code $} can match. With no {@code $} and only optional elements after it, any position
   * matches, so there is nothing to check.
   */
  private boolean greedyIsExact() {
    for (int k = 0; k < sets.size(); k++) {
      if (counts.get(k)[0] == counts.get(k)[1]) {
        continue;
      }
      BitSet next = new BitSet();
      boolean mandatoryFollows = false;
      for (int j = k + 1; j < sets.size() && !mandatoryFollows; j++) {
        next.or(sets.get(j));
        mandatoryFollows = counts.get(j)[0] > 0;
      }
      if (!mandatoryFollows) {
        if (!dollar) {
          continue;
        }
        LINE_TERMINATORS.chars().forEach(next::set);
      }
      if (sets.get(k).intersects(next)) {
        return false;
      }
    }
    return true;
  }

  private static BitSet single(char c) {
    BitSet set = new BitSet();
    set.set(c);
    return set;
  }

  /**
   * Whether the set holds a surrogate. Without surrogates comparing chars gives what
   * {@code Pattern} gets comparing code points: a surrogate, paired or not, matches nothing.
   */
  private static boolean intersectsSurrogates(BitSet set) {
    int s = set.nextSetBit(Character.MIN_SURROGATE);
    return s >= 0 && s <= Character.MAX_SURROGATE;
  }
}
