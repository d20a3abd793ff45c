package io.apimodel.runtime.jackson;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.SerializedString;
import io.apimodel.runtime.internal.EncodedValue;
import io.apimodel.runtime.internal.JsonName;
import io.apimodel.runtime.internal.JsonOutput;
import io.apimodel.runtime.internal.Rfc3339;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * Compact JSON written straight into a byte array in UTF-8, with no jackson-core generator in
 * between: the output of the generated {@code toJsonBytes()} and {@code toJson()}.
 *
 * <p>It writes exactly the bytes that jackson-core's {@code UTF8JsonGenerator} writes with its
 * default settings, so that the direct entry points and {@code ObjectMapper} agree byte for byte:
 * strings escape {@code "}, {@code \} and the control characters ({@code \b \t \n \f \r} short,
 * the others as <code>&#92;u00XX</code> in upper case), characters from U+0080 are UTF-8 except the
 * surrogates, which are written as <code>&#92;uXXXX</code> escapes; doubles as {@link Double#toString},
 * NaN and the infinities as strings; {@code BigDecimal}s as {@link BigDecimal#toString()}.
 *
 * <p>Member names of model properties are encoded once ({@code "extId":}) and copied.
 */
public final class Utf8Output extends JsonOutput {

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  /**
   * How each ASCII character is written inside a string: 0 as itself, -1 as <code>&#92;u00XX</code>, else
   * a backslash and that character.
   */
  private static final byte[] ESCAPES = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = -1;
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\f'] = 'f';
    ESCAPES['\n'] = 'n';
    ESCAPES['\r'] = 'r';
  }

  /** The most bytes one character takes: <code>&#92;uXXXX</code>. */
  private static final int MAX_BYTES_PER_CHAR = 6;
  /** Characters of a long string encoded per pass, so that its room is asked for in pieces. */
  private static final int CHUNK = 2048;
  /** The largest buffer kept for the thread's next document. */
  private static final int KEEP = 64 * 1024;

  private static final ThreadLocal<Utf8Output> CACHED = new ThreadLocal<>();

  private byte[] buf;
  private int pos;
  /** Whether a value or a member was written last in the current object or array: the next needs a comma. */
  private boolean comma;
  private char[] chars = new char[CHUNK];
  private boolean inUse;
  /** Objects and arrays open, limited as jackson-core limits them by default. */
  private int depth;

  /** jackson-core's default {@code StreamWriteConstraints.getMaxNestingDepth()}. */
  static final int MAX_DEPTH = 1000;

  public Utf8Output() {
    this(1024);
  }

  public Utf8Output(int capacity) {
    this.buf = new byte[capacity];
  }

  /**
   * An empty output for one document on this thread, reusing the buffer of the thread's last one;
   * give it back with {@link #release()}.
   */
  public static Utf8Output acquire() {
    Utf8Output out = CACHED.get();
    if (out == null || out.inUse) {
      out = new Utf8Output(4096);
      if (CACHED.get() == null) {
        CACHED.set(out);
      }
    }
    out.inUse = true;
    out.pos = 0;
    out.comma = false;
    out.depth = 0;
    return out;
  }

  /** Ends the use that {@link #acquire()} began; a very large buffer is not kept. */
  public void release() {
    inUse = false;
    if (buf.length > KEEP) {
      buf = new byte[4096];
    }
  }

  /** The bytes written so far. */
  public byte[] toByteArray() {
    return Arrays.copyOf(buf, pos);
  }

  /** The bytes written so far, as a value jackson-core copies without encoding it again. */
  SerializableString asRawValue() {
    return new RawUtf8(buf, pos);
  }

  private void ensure(int room) {
    if (pos + room > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + room));
    }
  }

  /** Writes a comma if one is due and makes room for {@code room} more bytes. */
  private void separate(int room) {
    ensure(room + 1);
    if (comma) {
      buf[pos++] = ',';
    }
  }

  private void enter() throws StreamConstraintsException {
    if (++depth > MAX_DEPTH) {
      throw new StreamConstraintsException("Document nesting depth (" + depth + ") exceeds the maximum allowed ("
          + MAX_DEPTH + ", from `StreamWriteConstraints.getMaxNestingDepth()`)");
    }
  }

  @Override
  public void startObject() throws StreamConstraintsException {
    enter();
    separate(1);
    buf[pos++] = '{';
    comma = false;
  }

  @Override
  public void endObject() {
    depth--;
    ensure(1);
    buf[pos++] = '}';
    comma = true;
  }

  @Override
  public void startArray() throws StreamConstraintsException {
    enter();
    separate(1);
    buf[pos++] = '[';
    comma = false;
  }

  @Override
  public void endArray() {
    depth--;
    ensure(1);
    buf[pos++] = ']';
    comma = true;
  }

  @Override
  public void name(JsonName name) {
    byte[] encoded = (byte[]) name.utf8();
    if (encoded == null) {
      // As jackson-core encodes a name given as a SerializableString (surrogate pairs as UTF-8).
      byte[] quoted = new SerializedString(name.text()).asQuotedUTF8();
      encoded = new byte[quoted.length + 3];
      encoded[0] = '"';
      System.arraycopy(quoted, 0, encoded, 1, quoted.length);
      encoded[quoted.length + 1] = '"';
      encoded[quoted.length + 2] = ':';
      name.utf8(encoded);
    }
    separate(encoded.length);
    System.arraycopy(encoded, 0, buf, pos, encoded.length);
    pos += encoded.length;
    comma = false;
  }

  @Override
  public void key(String name) {
    separate(0);
    quoted(name);
    ensure(1);
    buf[pos++] = ':';
    comma = false;
  }

  @Override
  public void string(String value) {
    separate(0);
    quoted(value);
    comma = true;
  }

  @Override
  protected void string(char[] value, int offset, int length) {
    separate(0);
    quoted(value, offset, length);
    comma = true;
  }

  /** Writes a string between quotes, escaped. */
  private void quoted(String value) {
    int length = value.length();
    if (length >= 8 && length <= CHUNK && quotedPlain(value, length)) {
      return;
    }
    if (length <= CHUNK) {
      value.getChars(0, length, chars, 0);
      quoted(chars, 0, length);
      return;
    }
    char[] all = value.toCharArray();
    quoted(all, 0, all.length);
  }

  /**
   * Writes a string that needs no escape and is ASCII (nearly every string of an API) as a copy of
   * its ISO-8859-1 bytes, checked eight at a time; false, having written nothing, for any other.
   * A character that ISO-8859-1 cannot encode becomes {@code ?}, so a {@code ?} is checked against
   * the string itself.
   */
  private boolean quotedPlain(String value, int length) {
    byte[] latin = value.getBytes(StandardCharsets.ISO_8859_1);
    if (latin.length != length) {
      return false; // a surrogate pair became one '?'
    }
    int i = 0;
    while (i < length) {
      int special;
      if (i + 8 <= length) {
        long w = Utf8Bytes.word(latin, i);
        long mask = specials(w);
        if (mask == 0) {
          i += 8;
          continue;
        }
        special = i + (Long.numberOfTrailingZeros(mask) >>> 3);
      } else {
        special = i;
        while (special < length && plainByte(latin[special])) {
          special++;
        }
        if (special == length) {
          break;
        }
      }
      if (latin[special] != '?' || value.charAt(special) != '?') {
        return false;
      }
      i = special + 1;
    }
    ensure(length + 2);
    byte[] b = buf;
    int p = pos;
    b[p++] = '"';
    System.arraycopy(latin, 0, b, p, length);
    p += length;
    b[p++] = '"';
    pos = p;
    return true;
  }

  private static boolean plainByte(byte b) {
    return b >= 0x20 && b != '"' && b != '\\' && b != '?';
  }

  /**
   * The high bit of each byte of {@code w} that a plain copy cannot take as it is: what ends a
   * plain run of string, or {@code ?}. Exact for the lowest one.
   */
  private static long specials(long w) {
    return Utf8Bytes.stringStops(w) | Utf8Bytes.equalBytes(w, 0x3F3F3F3F3F3F3F3FL);
  }

  private void quoted(char[] value, int offset, int length) {
    ensure(1);
    buf[pos++] = '"';
    int end = offset + length;
    for (int start = offset; start < end; start += CHUNK) {
      segment(value, start, Math.min(end, start + CHUNK));
    }
    ensure(1);
    buf[pos++] = '"';
  }

  /** Encodes at most {@link #CHUNK} characters. */
  private void segment(char[] value, int from, int to) {
    ensure((to - from) * MAX_BYTES_PER_CHAR);
    byte[] b = buf;
    int p = pos;
    int i = from;
    // Plain ASCII first: the whole string, nearly always.
    while (i < to) {
      char c = value[i];
      if (c >= 0x80 || ESCAPES[c] != 0) {
        break;
      }
      b[p++] = (byte) c;
      i++;
    }
    for (; i < to; i++) {
      char c = value[i];
      if (c < 0x80) {
        int escape = ESCAPES[c];
        if (escape == 0) {
          b[p++] = (byte) c;
        } else if (escape > 0) {
          b[p++] = '\\';
          b[p++] = (byte) escape;
        } else {
          p = unicodeEscape(b, p, c);
        }
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        p = unicodeEscape(b, p, c); // as jackson-core writes surrogates by default
      } else {
        b[p++] = (byte) (0xE0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    pos = p;
  }

  private static int unicodeEscape(byte[] b, int p, char c) {
    b[p++] = '\\';
    b[p++] = 'u';
    b[p++] = HEX[(c >> 12) & 0xF];
    b[p++] = HEX[(c >> 8) & 0xF];
    b[p++] = HEX[(c >> 4) & 0xF];
    b[p++] = HEX[c & 0xF];
    return p;
  }

  @Override
  public void bool(boolean value) {
    literal(value ? TRUE : FALSE);
  }

  @Override
  public void nullValue() {
    literal(NULL);
  }

  private void literal(byte[] bytes) {
    separate(bytes.length);
    System.arraycopy(bytes, 0, buf, pos, bytes.length);
    pos += bytes.length;
    comma = true;
  }

  @Override
  public void integer(int value) {
    longInteger(value);
  }

  @Override
  public void longInteger(long value) {
    separate(20);
    if (value == Long.MIN_VALUE) {
      ascii("-9223372036854775808");
      comma = true;
      return;
    }
    byte[] b = buf;
    if (value < 0) {
      b[pos++] = '-';
      value = -value;
    }
    int digits = 1;
    for (long v = value; v >= 10; v /= 10) {
      digits++;
    }
    int p = pos + digits;
    pos = p;
    do {
      b[--p] = (byte) ('0' + (int) (value % 10));
      value /= 10;
    } while (value != 0);
    comma = true;
  }

  @Override
  public void decimal(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      string(Double.toString(value)); // jackson-core's default: non-numeric numbers as strings
      return;
    }
    number(Double.toString(value));
  }

  @Override
  public void bigInteger(BigInteger value) {
    number(value.toString());
  }

  @Override
  public void bigDecimal(BigDecimal value) {
    number(value.toString());
  }

  @Override
  protected void number(String text) {
    separate(text.length());
    ascii(text);
    comma = true;
  }

  /** Copies text known to be ASCII; room made by the caller. */
  private void ascii(String text) {
    int n = text.length();
    byte[] b = buf;
    int p = pos;
    for (int i = 0; i < n; i++) {
      b[p++] = (byte) text.charAt(i);
    }
    pos = p;
  }

  /** Copies the value's JSON text (plain ASCII by construction), encoded once. */
  @Override
  public void encoded(EncodedValue value) {
    Object encoded = value.encoded();
    if (encoded == null) {
      encoded = new SerializedString(value.json());
      value.encoded(encoded);
    }
    byte[] bytes = ((SerializableString) encoded).asUnquotedUTF8();
    separate(bytes.length);
    System.arraycopy(bytes, 0, buf, pos, bytes.length);
    pos += bytes.length;
    comma = true;
  }

  /** Prints a date-time's RFC 3339 text straight into the buffer. */
  @Override
  protected void writeDateTime(OffsetDateTime value) {
    separate(Rfc3339.MAX_LENGTH + 2);
    byte[] b = buf;
    b[pos] = '"';
    int p = Rfc3339.format(value, b, pos + 1);
    b[p++] = '"';
    pos = p;
    comma = true;
  }
}
