package io.apimodel.runtime.jackson;

import io.apimodel.runtime.internal.EnumWire;
import io.apimodel.runtime.internal.JsonInput;
import io.apimodel.runtime.internal.ModelType;
import io.apimodel.runtime.internal.Rfc3339;
import io.apimodel.runtime.internal.StringPattern;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The values a {@link Utf8Cursor} reads for the generated readers: strings, date-times, enum
 * constants, booleans and numbers (with their {@code @Range} checked as they are read) from the
 * bytes; decimals, UUIDs, dates, untyped values and values of other kinds (unions, maps of
 * models, nested lists) by a {@link Utf8Input} over the same bytes, which hands the position back.
 */
abstract class CursorValues extends CursorScan {

  /** What {@link #enumValue} and {@link #read} leave for {@link #unknownWire} and {@link #overlay}. */
  Object overlay;

  CursorValues(byte[] utf8, int from, int to, int depthLimit) {
    super(utf8, from, to, depthLimit);
  }

  public String string() {
    int stop = plainString();
    if (stop >= 0) {
      String s = new String(buf, pos, stop - pos, StandardCharsets.ISO_8859_1);
      pos = stop + 1;
      return s;
    }
    return stop == -2 ? null : readString();
  }

  /** A string with escapes or non-ASCII characters, by {@link Utf8Input}. */
  private String readString() {
    return byInput(JsonInput::string);
  }

  /** {@link #string()} of a property with a {@code @Pattern}: one that breaks it goes to {@link Utf8Input}. */
  public String string(StringPattern pattern) {
    int stop = plainString();
    if (stop >= 0) {
      if (!pattern.findAscii(buf, pos, stop)) {
        throw Utf8Cursor.DETOUR;
      }
      String s = new String(buf, pos, stop - pos, StandardCharsets.ISO_8859_1);
      pos = stop + 1;
      return s;
    }
    if (stop == -2) {
      return null;
    }
    String s = readString();
    if (!pattern.find(s)) {
      throw Utf8Cursor.DETOUR;
    }
    return s;
  }

  /**
   * {@link #string()} of a property with a {@code @Size} of {@code min} to {@code max} code points,
   * and a {@code @Pattern} unless {@code pattern} is null: a string that breaks either goes to
   * {@link Utf8Input}. A plain string has as many code points as bytes.
   */
  public String string(StringPattern pattern, int min, int max) {
    int stop = plainString();
    if (stop >= 0) {
      int length = stop - pos;
      if (length < min || length > max || pattern != null && !pattern.findAscii(buf, pos, stop)) {
        throw Utf8Cursor.DETOUR;
      }
      String s = new String(buf, pos, length, StandardCharsets.ISO_8859_1);
      pos = stop + 1;
      return s;
    }
    if (stop == -2) {
      return null;
    }
    String s = readString();
    int length = s.codePointCount(0, s.length());
    if (length < min || length > max || pattern != null && !pattern.find(s)) {
      throw Utf8Cursor.DETOUR;
    }
    return s;
  }

  /** An RFC 3339 date-time string. */
  public OffsetDateTime dateTime() {
    int stop = plainString();
    if (stop >= 0) {
      try {
        OffsetDateTime value = Rfc3339.parse(buf, pos, stop - pos);
        pos = stop + 1;
        return value;
      } catch (DateTimeException e) {
        throw Utf8Cursor.DETOUR;
      }
    }
    return stop == -2 ? null : byInput(JsonInput::dateTime);
  }

  /**
   * The constant whose wire string is the next value; for an unknown wire string, the enum's
   * fallback (the string is then kept for {@link #unknownWire}).
   */
  public <E extends Enum<E>> E enumValue(EnumWire<E> wires) {
    overlay = null;
    int stop = plainString();
    String wire;
    if (stop >= 0) {
      E constant = wires.constant(buf, pos, stop);
      if (constant != null) {
        pos = stop + 1;
        return constant;
      }
      wire = new String(buf, pos, stop - pos, StandardCharsets.ISO_8859_1);
      pos = stop + 1;
    } else if (stop == -2) {
      return null;
    } else {
      wire = readString();
    }
    E constant = wires.constant(wire);
    if (constant != null) {
      return constant;
    }
    if (wires.fallback() == null) {
      throw Utf8Cursor.DETOUR;
    }
    overlay = wire;
    return wires.fallback();
  }

  /** The wire string that the last {@link #enumValue} kept, or null. */
  public String unknownWire() {
    return (String) overlay;
  }

  /** What the last {@link #read} of a list or map of enums kept of its unknown wire strings, or null. */
  public Object overlay() {
    return overlay;
  }

  public Boolean bool() {
    int b = skipSpace();
    if (b == 't' && pos + 4 <= end && buf[pos + 1] == 'r' && buf[pos + 2] == 'u' && buf[pos + 3] == 'e') {
      pos += 4;
      return Boolean.TRUE;
    }
    if (b == 'f' && pos + 5 <= end && buf[pos + 1] == 'a' && buf[pos + 2] == 'l' && buf[pos + 3] == 's'
        && buf[pos + 4] == 'e') {
      pos += 5;
      return Boolean.FALSE;
    }
    notNull(b);
    return null;
  }

  /** A {@code boolean}: {@code current} for null. */
  public boolean boolOr(boolean current) {
    Boolean value = bool();
    return value == null ? current : value;
  }

  public Integer integer() {
    long v = wholeNumber();
    if (wasNull) {
      return null;
    }
    if (v != (int) v) {
      throw Utf8Cursor.DETOUR;
    }
    return (int) v;
  }

  /** An {@code int}: {@code current} for null. */
  public int intOr(int current) {
    long v = wholeNumber();
    if (wasNull) {
      return current;
    }
    if (v != (int) v) {
      throw Utf8Cursor.DETOUR;
    }
    return (int) v;
  }

  /** {@link #integer()} of a property with a {@code @Range}: one out of it goes to {@link Utf8Input}. */
  public Integer integer(long min, long max) {
    Integer value = integer();
    if (value != null) {
      checkRange(value, min, max);
    }
    return value;
  }

  /** {@link #intOr(int)} of a property with a {@code @Range}, which also holds for the value kept on null. */
  public int intOr(int current, long min, long max) {
    int value = intOr(current);
    checkRange(value, min, max);
    return value;
  }

  public Long longInteger() {
    long v = wholeNumber();
    return wasNull ? null : v;
  }

  /** A {@code long}: {@code current} for null. */
  public long longOr(long current) {
    long v = wholeNumber();
    return wasNull ? current : v;
  }

  /** {@link #longInteger()} of a property with a {@code @Range}. */
  public Long longInteger(long min, long max) {
    Long value = longInteger();
    if (value != null) {
      checkRange(value, min, max);
    }
    return value;
  }

  /** {@link #longOr(long)} of a property with a {@code @Range}, which also holds for the value kept on null. */
  public long longOr(long current, long min, long max) {
    long value = longOr(current);
    checkRange(value, min, max);
    return value;
  }

  /** A whole number's {@code @Range}: one out of it goes to {@link Utf8Input}. */
  private static void checkRange(long value, long min, long max) {
    if (value < min || value > max) {
      throw Utf8Cursor.DETOUR;
    }
  }

  public Double decimal() {
    int b = skipSpace();
    if (b == 'n') {
      notNull(b);
      return null;
    }
    int start = pos;
    int stop = numberEnd(start);
    if (stop < 0) {
      throw Utf8Cursor.DETOUR;
    }
    double d = Double.parseDouble(new String(buf, start, stop - start, StandardCharsets.ISO_8859_1));
    if (Double.isInfinite(d)) {
      throw Utf8Cursor.DETOUR;
    }
    pos = stop;
    return d;
  }

  /** A {@code double}: {@code current} for null. */
  public double doubleOr(double current) {
    Double value = decimal();
    return value == null ? current : value;
  }

  /** {@link #decimal()} of a property with a {@code @Range}, compared as Java compares a double with a long. */
  public Double decimal(long min, long max) {
    Double value = decimal();
    if (value != null && outOfRange(value, min, max)) {
      throw Utf8Cursor.DETOUR;
    }
    return value;
  }

  /** {@link #doubleOr(double)} of a property with a {@code @Range}, which also holds for the value kept on null. */
  public double doubleOr(double current, long min, long max) {
    double value = doubleOr(current);
    if (outOfRange(value, min, max)) {
      throw Utf8Cursor.DETOUR;
    }
    return value;
  }

  /** Whether {@code value} is below {@code min} or above {@code max}, each {@code Long.MIN_VALUE}/{@code MAX_VALUE} for none. */
  private static boolean outOfRange(double value, long min, long max) {
    return min != Long.MIN_VALUE && value < (double) min || max != Long.MAX_VALUE && value > (double) max;
  }

  // ---- Values read by Utf8Input ------------------------------------------------------------

  public BigDecimal bigDecimal() {
    return byInput(JsonInput::bigDecimal);
  }

  public BigInteger bigInteger() {
    return byInput(JsonInput::bigInteger);
  }

  public UUID uuid() {
    return byInput(JsonInput::uuid);
  }

  public LocalDate date() {
    return byInput(JsonInput::date);
  }

  /** Any JSON value as plain Java values, as {@link JsonInput#any()} reads it. */
  public Object any() {
    return byInput(JsonInput::any);
  }

  /**
   * A value of property {@code property} of {@code type} (a union, a map of models, a nested
   * list, ...), read by the property's kind over a {@link Utf8Input}; what it kept of unknown wire
   * strings is then {@link #overlay}.
   */
  public <T> T read(ModelType<?> type, int property) {
    return byInput(in -> {
      T value = type.readValue(property, in);
      overlay = in.overlay();
      return value;
    });
  }

  /** How a {@link Utf8Input} reads one value. */
  private interface ValueReader<T> {
    T read(JsonInput in) throws IOException;
  }

  /**
   * The next value as {@code reader} reads it from a {@link Utf8Input} over the same bytes, nested
   * as deep as this cursor is, which then hands the position back; a failure, or a check that
   * failed on the way, is a detour.
   */
  private <T> T byInput(ValueReader<T> reader) {
    Utf8Input in = Utf8Input.acquireValue(buf, pos, end, depth, depthLimit);
    try {
      in.start();
      T value = reader.read(in);
      if (!in.passedChecks()) {
        throw Utf8Cursor.DETOUR;
      }
      pos = in.valueEnd();
      return value;
    } catch (IOException e) {
      throw Utf8Cursor.DETOUR;
    } finally {
      in.release();
    }
  }

}
