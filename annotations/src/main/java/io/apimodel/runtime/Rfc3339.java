package io.apimodel.runtime;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads and writes RFC 3339 date-times ({@code 2024-06-07T11:11:34.85353Z}) exactly, without
 * {@link java.time.format.DateTimeFormatter}: fractions of any length on read (digits past
 * nanoseconds are dropped), and on write always seconds, the fraction only as long as needed, and
 * the offset ({@code Z} for UTC).
 */
public final class Rfc3339 {

  private Rfc3339() {}

  /**
   * Parses {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|+HH:MM|-HH:MM)}; {@code t} and {@code z} may be
   * lower case.
   *
   * @throws DateTimeException if the text is not an RFC 3339 date-time or names no real instant
   */
  public static OffsetDateTime parse(CharSequence text) {
    int n = text.length();
    if (n < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || !isT(text.charAt(10))
        || text.charAt(13) != ':' || text.charAt(16) != ':') {
      throw invalid(text);
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    int i = 19;
    int nanos = 0;
    if (text.charAt(i) == '.') {
      int start = ++i;
      while (i < n && isDigit(text.charAt(i))) {
        if (i - start < 9) {
          nanos = nanos * 10 + (text.charAt(i) - '0');
        }
        i++;
      }
      int length = i - start;
      if (length == 0) {
        throw invalid(text);
      }
      for (int k = length; k < 9; k++) {
        nanos *= 10;
      }
    }
    if (i >= n) {
      throw invalid(text);
    }
    ZoneOffset offset;
    char sign = text.charAt(i);
    if ((sign == 'Z' || sign == 'z') && i + 1 == n) {
      offset = ZoneOffset.UTC;
    } else if ((sign == '+' || sign == '-') && i + 6 == n && text.charAt(i + 3) == ':') {
      int hours = digits(text, i + 1, 2);
      int minutes = digits(text, i + 4, 2);
      if (hours > 23 || minutes > 59) {
        throw invalid(text);
      }
      int seconds = hours * 3600 + minutes * 60;
      offset = ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds);
    } else {
      throw invalid(text);
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    } catch (DateTimeException e) {
      throw new DateTimeException("not a valid date-time: \"" + text + "\" (" + e.getMessage() + ")");
    }
  }

  /** Formats with seconds always, the fraction only as long as needed, and the offset. */
  public static String format(OffsetDateTime value) {
    StringBuilder out = new StringBuilder(32);
    int year = value.getYear();
    if (year < 0 || year > 9999) {
      out.append(year < 0 ? '-' : '+');
      out.append(Math.abs(year));
    } else {
      pad(out, year, 4);
    }
    out.append('-');
    pad(out, value.getMonthValue(), 2);
    out.append('-');
    pad(out, value.getDayOfMonth(), 2);
    out.append('T');
    pad(out, value.getHour(), 2);
    out.append(':');
    pad(out, value.getMinute(), 2);
    out.append(':');
    pad(out, value.getSecond(), 2);
    int nanos = value.getNano();
    if (nanos != 0) {
      int digits = 9;
      while (nanos % 10 == 0) {
        nanos /= 10;
        digits--;
      }
      out.append('.');
      pad(out, nanos, digits);
    }
    int offset = value.getOffset().getTotalSeconds();
    if (offset == 0) {
      return out.append('Z').toString();
    }
    out.append(offset < 0 ? '-' : '+');
    int abs = Math.abs(offset);
    pad(out, abs / 3600, 2);
    out.append(':');
    pad(out, abs / 60 % 60, 2);
    if (abs % 60 != 0) {
      out.append(':'); // not RFC 3339, but the only way to keep such an offset
      pad(out, abs % 60, 2);
    }
    return out.toString();
  }

  private static void pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int k = digits.length(); k < width; k++) {
      out.append('0');
    }
    out.append(digits);
  }

  private static boolean isT(char c) {
    return c == 'T' || c == 't';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digits(CharSequence text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        throw invalid(text);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static DateTimeException invalid(CharSequence text) {
    return new DateTimeException(
        "not an RFC 3339 date-time (yyyy-MM-ddTHH:mm:ss[.fraction]Z or +HH:MM): \"" + text + "\"");
  }
}
