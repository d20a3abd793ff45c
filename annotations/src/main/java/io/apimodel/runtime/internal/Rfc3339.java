package io.apimodel.runtime.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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
    byte[] ascii = new byte[text.length()];
    for (int k = 0; k < ascii.length; k++) {
      char c = text.charAt(k);
      if (c >= 0x80) {
        throw invalid(text.toString()); // no RFC 3339 date-time has a character past ASCII
      }
      ascii[k] = (byte) c;
    }
    return parse(ascii, 0, ascii.length);
  }

  /**
   * {@link #parse(CharSequence)} of {@code length} characters of {@code buf} from {@code off}, for
   * parsers that hand out their buffer.
   */
  public static OffsetDateTime parse(char[] buf, int off, int length) {
    return parse(java.nio.CharBuffer.wrap(buf, off, length));
  }

  /**
   * {@link #parse(CharSequence)} of the ASCII text in {@code length} bytes of {@code buf} from
   * {@code off}, such as a JSON string's bytes without escapes, parsed where they are.
   */
  public static OffsetDateTime parse(byte[] buf, int off, int length) {
    int end = off + length;
    if (length < 20 || buf[off + 4] != '-' || buf[off + 7] != '-' || !isT(buf[off + 10])
        || buf[off + 13] != ':' || buf[off + 16] != ':') {
      throw invalid(buf, off, length);
    }
    // yyyy-MM-ddTHH:mm:ss as three words: "yyyy-MM-", "ddTHH:mm" and "HH:mm:ss"; the separators
    // were checked above, and the digits are checked eight at a time.
    long date = onlyDigits((long) LONGS.get(buf, off), DATE_DIGITS);
    long time = onlyDigits((long) LONGS.get(buf, off + 8), TIME_DIGITS);
    long clock = onlyDigits((long) LONGS.get(buf, off + 11), SECOND_DIGITS);
    if (!allDigits(date) || !allDigits(time) || !allDigits(clock)) {
      throw invalid(buf, off, length);
    }
    date -= ZEROS;
    time -= ZEROS;
    clock -= ZEROS;
    int year = twoDigits(date, 0) * 100 + twoDigits(date, 2);
    int month = twoDigits(date, 5);
    int day = twoDigits(time, 0);
    int hour = twoDigits(time, 3);
    int minute = twoDigits(time, 6);
    int second = twoDigits(clock, 6);
    int i = off + 19;
    int nanos = 0;
    if (buf[i] == '.') {
      int start = ++i;
      while (i < end && isDigit(buf[i])) {
        if (i - start < 9) {
          nanos = nanos * 10 + (buf[i] - '0');
        }
        i++;
      }
      int digits = i - start;
      if (digits == 0) {
        throw invalid(buf, off, length);
      }
      for (int k = digits; k < 9; k++) {
        nanos *= 10;
      }
    }
    if (i >= end) {
      throw invalid(buf, off, length);
    }
    ZoneOffset offset;
    byte sign = buf[i];
    if ((sign == 'Z' || sign == 'z') && i + 1 == end) {
      offset = ZoneOffset.UTC;
    } else if ((sign == '+' || sign == '-') && i + 6 == end && buf[i + 3] == ':') {
      int hours = digits(buf, i + 1, 2);
      int minutes = digits(buf, i + 4, 2);
      if (hours < 0 || minutes < 0 || hours > 23 || minutes > 59) {
        throw invalid(buf, off, length);
      }
      int seconds = hours * 3600 + minutes * 60;
      offset = ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds);
    } else {
      throw invalid(buf, off, length);
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    } catch (DateTimeException e) {
      throw new DateTimeException(
          "not a valid date-time: \"" + ascii(buf, off, length) + "\" (" + e.getMessage() + ")");
    }
  }

  /** Formats with seconds always, the fraction only as long as needed, and the offset. */
  public static String format(OffsetDateTime value) {
    byte[] buf = new byte[MAX_LENGTH];
    return ascii(buf, 0, format(value, buf, 0));
  }

  /** The most characters {@link #format(OffsetDateTime, byte[], int)} writes. */
  public static final int MAX_LENGTH = 48;

  /**
   * Writes what {@link #format(OffsetDateTime)} returns into {@code buf}, which has room for
   * {@link #MAX_LENGTH} characters, and returns how many it wrote.
   */
  public static int format(OffsetDateTime value, char[] buf) {
    byte[] ascii = new byte[MAX_LENGTH];
    int n = format(value, ascii, 0);
    for (int k = 0; k < n; k++) {
      buf[k] = (char) ascii[k];
    }
    return n;
  }

  /**
   * Writes what {@link #format(OffsetDateTime)} returns as ASCII bytes into {@code buf} from
   * {@code at}, where there is room for {@link #MAX_LENGTH} of them, and returns where it stopped:
   * for writers of UTF-8 that print it straight into their buffer.
   */
  public static int format(OffsetDateTime value, byte[] buf, int at) {
    int n = at;
    int year = value.getYear();
    if (year < 0 || year > 9999) {
      buf[n++] = (byte) (year < 0 ? '-' : '+');
      String digits = Integer.toString(Math.abs(year));
      for (int k = 0; k < digits.length(); k++) {
        buf[n++] = (byte) digits.charAt(k);
      }
    } else {
      n = writeTwo(buf, writeTwo(buf, n, year / 100), year % 100);
    }
    buf[n++] = '-';
    n = writeTwo(buf, n, value.getMonthValue());
    buf[n++] = '-';
    n = writeTwo(buf, n, value.getDayOfMonth());
    buf[n++] = 'T';
    n = writeTwo(buf, n, value.getHour());
    buf[n++] = ':';
    n = writeTwo(buf, n, value.getMinute());
    buf[n++] = ':';
    n = writeTwo(buf, n, value.getSecond());
    int nanos = value.getNano();
    if (nanos != 0) {
      // All nine digits, then the trailing zeros taken back.
      buf[n++] = '.';
      int high = nanos / 100_000;
      int low = nanos % 100_000;
      int k = writeTwo(buf, writeTwo(buf, n, high / 100), high % 100);
      buf[k++] = (byte) ('0' + low / 10_000);
      k = writeTwo(buf, writeTwo(buf, k, low / 100 % 100), low % 100);
      while (buf[k - 1] == '0') {
        k--;
      }
      n = k;
    }
    int offset = value.getOffset().getTotalSeconds();
    if (offset == 0) {
      buf[n++] = 'Z';
      return n;
    }
    buf[n++] = (byte) (offset < 0 ? '-' : '+');
    int abs = Math.abs(offset);
    n = writeTwo(buf, n, abs / 3600); // at most 18 hours
    buf[n++] = ':';
    n = writeTwo(buf, n, abs / 60 % 60);
    if (abs % 60 != 0) {
      buf[n++] = ':'; // not RFC 3339, but the only way to keep such an offset
      n = writeTwo(buf, n, abs % 60);
    }
    return n;
  }

  /** "00" to "99", two bytes each. */
  private static final byte[] PAIRS = new byte[200];

  static {
    for (int v = 0; v < 100; v++) {
      PAIRS[2 * v] = (byte) ('0' + v / 10);
      PAIRS[2 * v + 1] = (byte) ('0' + v % 10);
    }
  }

  /** Writes {@code value}, 0 to 99, as two digits at {@code n}; returns where they end. */
  private static int writeTwo(byte[] buf, int n, int value) {
    buf[n] = PAIRS[2 * value];
    buf[n + 1] = PAIRS[2 * value + 1];
    return n + 2;
  }

  private static boolean isT(byte c) {
    return c == 'T' || c == 't';
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ZEROS = 0x3030303030303030L;
  /** The bytes of each word that hold digits: "yyyy-MM-", "ddTHH:mm" and "HH:mm:ss". */
  private static final long DATE_DIGITS = 0x00FFFF00FFFFFFFFL;
  private static final long TIME_DIGITS = 0xFFFF00FFFF00FFFFL;
  private static final long SECOND_DIGITS = 0xFFFF000000000000L;

  /** {@code word} with its bytes that {@code digits} does not select made '0'. */
  private static long onlyDigits(long word, long digits) {
    return (word & digits) | (ZEROS & ~digits);
  }

  /** Whether the eight bytes of {@code x} are ASCII digits: each has the high nibble 3, and adding 6 does not change it. */
  private static boolean allDigits(long x) {
    return ((x & 0xF0F0F0F0F0F0F0F0L) | (((x + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) >>> 4)) == 0x3333333333333333L;
  }

  /** The two-digit number in bytes {@code k} and {@code k + 1} of {@code values}, which holds digit values. */
  private static int twoDigits(long values, int k) {
    return (int) (values >>> (8 * k) & 0xFF) * 10 + (int) (values >>> (8 * k + 8) & 0xFF);
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  /** The number written with {@code count} digits from {@code start}, or -1 if one is not a digit. */
  private static int digits(byte[] buf, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      byte c = buf[i];
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static String ascii(byte[] buf, int off, int length) {
    return new String(buf, off, length, StandardCharsets.ISO_8859_1);
  }

  private static DateTimeException invalid(byte[] buf, int off, int length) {
    return invalid(ascii(buf, off, length));
  }

  private static DateTimeException invalid(String text) {
    return new DateTimeException("not an RFC 3339 date-time (yyyy-MM-ddTHH:mm:ss[.fraction]Z or"
        + " +HH:MM)" + ": \"" + text + "\"");
  }
}
