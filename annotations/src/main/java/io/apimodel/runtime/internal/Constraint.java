package io.apimodel.runtime.internal;

import io.apimodel.runtime.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A declared constraint of a property ({@code @Range}, {@code @Size}, {@code @Pattern}). */
public abstract class Constraint {

  Constraint() {}

  /** Adds the violations of a non-null value to {@code out}. */
  abstract void check(Object value, String path, List<Violation> out, boolean redacted);

  /** {@code @Range(min, max)}: inclusive; {@code Long.MIN_VALUE}/{@code Long.MAX_VALUE} mean none. */
  public static Constraint range(long min, long max) {
    return new Range(min, max);
  }

  /** {@code @Size(min, max)}: code points of a string, items of a list or map; inclusive. */
  public static Constraint size(int min, int max) {
    return new Size(min, max);
  }

  /** {@code @Pattern(regex)}: {@code find()} semantics. */
  public static Constraint pattern(String regex) {
    return new Pattern(StringPattern.compile(regex));
  }

  private static final class Range extends Constraint {
    private final long min;
    private final long max;

    Range(long min, long max) {
      this.min = min;
      this.max = max;
    }

    @Override
    void check(Object value, String path, List<Violation> out, boolean redacted) {
      if (min != Long.MIN_VALUE && compare(value, min) < 0) {
        Violations.min(out, path, value, min, redacted);
      }
      if (max != Long.MAX_VALUE && compare(value, max) > 0) {
        Violations.max(out, path, value, max, redacted);
      }
    }

    /** Like {@code value < bound} in Java: {@code NaN} is neither below nor above. */
    private static int compare(Object value, long bound) {
      if (value instanceof Integer || value instanceof Long) {
        return Long.compare(((Number) value).longValue(), bound);
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

  private static final class Size extends Constraint {
    private final int min;
    private final int max;

    Size(int min, int max) {
      this.min = min;
      this.max = max;
    }

    @Override
    void check(Object value, String path, List<Violation> out, boolean redacted) {
      if (value instanceof String s) {
        if (min > 0 && Violations.length(s) < min) {
          Violations.minLength(out, path, value, min, redacted);
        }
        if (max != Integer.MAX_VALUE && s.length() > max && Violations.length(s) > max) {
          Violations.maxLength(out, path, value, max, redacted);
        }
        return;
      }
      int size = value instanceof Map<?, ?> m ? m.size() : ((Collection<?>) value).size();
      if (min > 0 && size < min) {
        Violations.minItems(out, path, value, min, redacted);
      }
      if (max != Integer.MAX_VALUE && size > max) {
        Violations.maxItems(out, path, value, max, redacted);
      }
    }
  }

  private static final class Pattern extends Constraint {
    private final StringPattern pattern;

    Pattern(StringPattern pattern) {
      this.pattern = pattern;
    }

    @Override
    void check(Object value, String path, List<Violation> out, boolean redacted) {
      if (!pattern.find((String) value)) {
        Violations.pattern(out, path, value, pattern.regex(), redacted);
      }
    }
  }
}
