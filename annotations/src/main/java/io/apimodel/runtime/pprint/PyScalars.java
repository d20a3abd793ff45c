package io.apimodel.runtime.pprint;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Python 3.11 {@code repr} of the scalar values {@link PythonRepr} knows. */
final class PyScalars {

  private PyScalars() {}

  /**
   * Python's {@code repr(float)}: the shortest decimal digits that read back as {@code d} (the
   * nearest such digits when several have that length), in exponent notation when the decimal
   * exponent is below -4 or at least 16.
   */
  static String floatRepr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    boolean negative = Double.doubleToRawLongBits(d) < 0;
    if (d == 0) {
      return negative ? "-0.0" : "0.0";
    }
    BigDecimal digits = shortestDigits(Math.abs(d)).stripTrailingZeros();
    String ds = digits.unscaledValue().toString();
    // value = 0.<ds> * 10^point
    int point = ds.length() - digits.scale();
    StringBuilder sb = new StringBuilder(24);
    if (negative) {
      sb.append('-');
    }
    if (point <= -4 || point > 16) {
      sb.append(ds.charAt(0));
      if (ds.length() > 1) {
        sb.append('.').append(ds, 1, ds.length());
      }
      int exp = point - 1;
      sb.append(exp < 0 ? "e-" : "e+");
      if (Math.abs(exp) < 10) {
        sb.append('0');
      }
      sb.append(Math.abs(exp));
    } else if (point <= 0) {
      sb.append("0.");
      sb.append("0".repeat(-point));
      sb.append(ds);
    } else if (point >= ds.length()) {
      sb.append(ds).append("0".repeat(point - ds.length())).append(".0");
    } else {
      sb.append(ds, 0, point).append('.').append(ds, point, ds.length());
    }
    return sb.toString();
  }

  /** The shortest decimal that reads back as {@code a > 0}; the nearest one among the shortest. */
  private static BigDecimal shortestDigits(double a) {
    BigDecimal exact = new BigDecimal(a);
    for (int precision = 1; precision < 17; precision++) {
      BigDecimal down = exact.round(new MathContext(precision, RoundingMode.FLOOR));
      BigDecimal up = exact.round(new MathContext(precision, RoundingMode.CEILING));
      boolean downOk = down.doubleValue() == a;
      boolean upOk = up.doubleValue() == a;
      if (downOk && upOk) {
        return exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      }
      if (downOk) {
        return down;
      }
      if (upOk) {
        return up;
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
  }

  /** Python's {@code repr(Decimal(str))}: Java's {@code BigDecimal.toString} is Python's str. */
  static String decimalRepr(BigDecimal value) {
    return "Decimal('" + value.toString() + "')";
  }

  static String uuidRepr(UUID value) {
    return "UUID('" + value + "')";
  }

  static String dateRepr(LocalDate value) {
    return "datetime.date(" + value.getYear() + ", " + value.getMonthValue() + ", "
        + value.getDayOfMonth() + ")";
  }

  /**
   * Python's {@code repr(datetime)} of an aware datetime, cut to microseconds; Python leaves out
   * microseconds when 0, and seconds too when both are 0.
   */
  static String dateTimeRepr(OffsetDateTime value) {
    StringBuilder sb = new StringBuilder("datetime.datetime(");
    sb.append(value.getYear()).append(", ").append(value.getMonthValue()).append(", ")
        .append(value.getDayOfMonth()).append(", ").append(value.getHour()).append(", ")
        .append(value.getMinute());
    int micros = value.getNano() / 1000;
    if (micros != 0) {
      sb.append(", ").append(value.getSecond()).append(", ").append(micros);
    } else if (value.getSecond() != 0) {
      sb.append(", ").append(value.getSecond());
    }
    sb.append(", tzinfo=").append(timezoneRepr(value.getOffset().getTotalSeconds()));
    return sb.append(')').toString();
  }

  /** Python's {@code repr(datetime.timezone(datetime.timedelta(seconds=offset)))}. */
  static String timezoneRepr(int offsetSeconds) {
    if (offsetSeconds == 0) {
      return "datetime.timezone.utc";
    }
    int days = Math.floorDiv(offsetSeconds, 86400);
    int seconds = Math.floorMod(offsetSeconds, 86400);
    StringBuilder sb = new StringBuilder("datetime.timezone(datetime.timedelta(");
    if (days != 0) {
      sb.append("days=").append(days);
    }
    if (seconds != 0) {
      sb.append(days != 0 ? ", " : "").append("seconds=").append(seconds);
    }
    return sb.append("))").toString();
  }
}
