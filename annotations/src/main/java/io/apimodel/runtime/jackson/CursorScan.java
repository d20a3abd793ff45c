package io.apimodel.runtime.jackson;

/**
 * The bytes under a {@link Utf8Cursor} and what reads them at the lowest level: white space,
 * {@code null}, plain strings (printable ASCII without escapes), whole numbers and the extent of
 * other numbers. Every method answers only for input that is plainly right and leaves the rest to
 * its caller, which detours; none of them makes a Java value but a {@code long}.
 */
abstract class CursorScan {

  /**
   * Nesting deeper than this is read by {@link Utf8Input}, whose limit (1,000, or the Jackson line's) is then checked
   * where it is reached, with its message.
   */
  static final int MAX_DEPTH = 200;

  final byte[] buf;
  final int end;
  /** The nesting limit of the document, which the values handed to {@link Utf8Input} count against. */
  final int depthLimit;
  int pos;
  int depth;

  CursorScan(byte[] utf8, int from, int to, int depthLimit) {
    buf = utf8;
    end = to;
    this.depthLimit = depthLimit;
    pos = from + Utf8Bytes.byteOrderMark(utf8, from, to);
  }

  void enter() {
    if (++depth > MAX_DEPTH) {
      throw Utf8Cursor.DETOUR;
    }
    pos++;
  }

  /**
   * The offset of the closing quote of the string whose text starts at {@code start}, if the text
   * is plain (printable ASCII, no backslash); else -1.
   */
  int plainEnd(int start) {
    byte[] bytes = buf;
    int stop = end;
    int i = start;
    while (i + 8 <= stop) {
      long special = Utf8Bytes.stringStops(Utf8Bytes.word(bytes, i));
      if (special != 0) {
        i += Long.numberOfTrailingZeros(special) >>> 3;
        return bytes[i] == '"' ? i : -1;
      }
      i += 8;
    }
    for (; i < stop; i++) {
      byte c = bytes[i];
      if (c == '"') {
        return i;
      }
      if (c == '\\' || c < 0x20) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether {@code b}, the next byte, starts {@code null} (false, moved past it); else a detour. */
  boolean notNull(int b) {
    if (b == 'n' && pos + 4 <= end && buf[pos + 1] == 'u' && buf[pos + 2] == 'l' && buf[pos + 3] == 'l') {
      pos += 4;
      return false;
    }
    throw Utf8Cursor.DETOUR;
  }

  /**
   * Moves onto the text of the string that is the next value and returns where it ends (its
   * closing quote), if it is plain; -1 with the input left on the string's quote if it is not; -2
   * past {@code null}.
   */
  int plainString() {
    int b = skipSpace();
    if (b == '"') {
      int stop = plainEnd(pos + 1);
      if (stop < 0 || stop - pos - 1 > Utf8Input.MAX_STRING_LENGTH) {
        return -1;
      }
      pos++;
      return stop;
    }
    notNull(b);
    return -2;
  }

  /** {@link #wholeNumber()}: the next value is {@code null} (then past it). */
  boolean wasNull;

  /**
   * The next value as an integer of at most 18 digits, with nothing after it that would make it
   * a fraction; 0 with {@link #wasNull} for {@code null}. Anything else goes to {@link Utf8Input}.
   */
  long wholeNumber() {
    int b = skipSpace();
    wasNull = false;
    if (b == 'n') {
      notNull(b);
      wasNull = true;
      return 0;
    }
    byte[] bytes = buf;
    int i = pos;
    boolean negative = b == '-';
    if (negative) {
      i++;
    }
    int from = i;
    long value = 0;
    int stop = Math.min(end, from + 19);
    while (i < stop) {
      int d = bytes[i] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      value = value * 10 + d;
      i++;
    }
    int digits = i - from;
    // none, a leading zero, 19 or more digits, a fraction or an exponent: Utf8Input's
    if (digits == 0 || digits > 18 || bytes[from] == '0' && digits > 1
        || i < end && (bytes[i] == '.' || bytes[i] == 'e' || bytes[i] == 'E')) {
      throw Utf8Cursor.DETOUR;
    }
    pos = i;
    return negative ? -value : value;
  }

  /**
   * Where the JSON number at {@code start} ends, if it is well formed and at most 1,000 bytes
   * long; else -1.
   */
  int numberEnd(int start) {
    byte[] bytes = buf;
    int i = start;
    if (i < end && bytes[i] == '-') {
      i++;
    }
    int from = i;
    i = digitsEnd(i);
    if (i == from || bytes[from] == '0' && i - from > 1) {
      return -1;
    }
    if (i < end && bytes[i] == '.') {
      int f = ++i;
      i = digitsEnd(i);
      if (i == f) {
        return -1;
      }
    }
    if (i < end && (bytes[i] == 'e' || bytes[i] == 'E')) {
      i++;
      if (i < end && (bytes[i] == '+' || bytes[i] == '-')) {
        i++;
      }
      int f = i;
      i = digitsEnd(i);
      if (i == f) {
        return -1;
      }
    }
    return i - start > Utf8Input.MAX_NUMBER_LENGTH ? -1 : i;
  }

  int digitsEnd(int i) {
    while (i < end && buf[i] >= '0' && buf[i] <= '9') {
      i++;
    }
    return i;
  }

  /**
   * Skips white space; returns the next byte (0 to 255), or -1 at the end of the input.
   */
  int skipSpace() {
    byte[] bytes = buf;
    int i = pos;
    while (i < end) {
      int b = bytes[i] & 0xFF;
      if (b > ' ' || b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        pos = i;
        return b;
      }
      i++;
    }
    pos = i;
    return -1;
  }

}
