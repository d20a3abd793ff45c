package io.apimodel.runtime.internal;

import io.apimodel.runtime.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A declared constraint of a property ({@code @Range}, {@code @Size}, {@code @Pattern}). One class
 * with a switch rather than one subclass each, so that checking a property is code the JIT inlines
 * whole, not a call it cannot predict.
 */
public final class Constraint {

  private static final int RANGE = 0;
  private static final int SIZE = 1;
  private static final int PATTERN = 2;

  private final int rule;
  private final long min;
  private final long max;
  private final StringPattern pattern;

  private Constraint(int rule, long min, long max, StringPattern pattern) {
    this.rule = rule;
    this.min = min;
    this.max = max;
    this.pattern = pattern;
  }

  /** {@code @Range(min, max)}: inclusive; {@code Long.MIN_VALUE}/{@code Long.MAX_VALUE} mean none. */
  public static Constraint range(long min, long max) {
    return new Constraint(RANGE, min, max, null);
  }

  /** {@code @Size(min, max)}: code points of a string, items of a list or map; inclusive. */
  public static Constraint size(int min, int max) {
    return new Constraint(SIZE, min, max, null);
  }

  /** {@code @Pattern(regex)}: {@code find()} semantics. */
  public static Constraint pattern(String regex) {
    return new Constraint(PATTERN, 0, 0, StringPattern.compile(regex));
  }

  /** The regular expression of a {@code @Pattern}; null for other constraints. */
  StringPattern pattern() {
    return pattern;
  }

  /** Adds the violations of a non-null value to {@code out}; {@code path} is used only for them. */
  void check(Object value, String path, List<Violation> out, boolean redacted) {
    switch (rule) {
      case RANGE -> {
        if (min != Long.MIN_VALUE && compare(value, min) < 0) {
          Violations.min(out, path, value, min, redacted);
        }
        if (max != Long.MAX_VALUE && compare(value, max) > 0) {
          Violations.max(out, path, value, max, redacted);
        }
      }
      case SIZE -> checkSize(value, path, out, redacted);
      default -> {
        if (!pattern.find((String) value)) {
          Violations.pattern(out, path, value, pattern.regex(), redacted);
        }
      }
    }
  }

  private void checkSize(Object value, String path, List<Violation> out, boolean redacted) {
    if (value instanceof String s) {
      // A string has at least length/2 code points: count them only when that could matter.
      if (min > 0 && s.length() < 2 * min && Violations.length(s) < min) {
        Violations.minLength(out, path, value, (int) min, redacted);
      }
      if (max != Integer.MAX_VALUE && s.length() > max && Violations.length(s) > max) {
        Violations.maxLength(out, path, value, (int) max, redacted);
      }
      return;
    }
    int size = value instanceof List<?> l ? l.size() : value instanceof Map<?, ?> m ? m.size() : ((Collection<?>) value).size();
    if (min > 0 && size < min) {
      Violations.minItems(out, path, value, (int) min, redacted);
    }
    if (max != Integer.MAX_VALUE && size > max) {
      Violations.maxItems(out, path, value, (int) max, redacted);
    }
  }

  /** Like {@code value < bound} in Java: {@code NaN} is neither below nor above. */
  private static int compare(Object value, long bound) {
    if (value instanceof Integer i) {
      return Long.compare(i, bound);
    }
    if (value instanceof Long l) {
      return Long.compare(l, bound);
    }
    if (value instanceof Double d) {
      double b = bound;
      return d < b ? -1 : d > b ? 1 : 0;
    }
    if (value instanceof BigDecimal d) {
      return d.compareTo(BigDecimal.valueOf(bound));
    }
    return ((BigInteger) value).compareTo(BigInteger.valueOf(bound));
  }
}
