package io.apimodel.runtime.jackson;

import io.apimodel.runtime.internal.JsonMembers;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * What {@link Utf8Input} and {@link Utf8Output} do with bytes that needs no reader's state:
 * eight bytes at a time as one {@code long} (SWAR: a few arithmetic steps mark the bytes of
 * interest in all eight at once), decoding checked string bytes, the keyword and white-space
 * rules of jackson-core, and locations and byte names for messages.
 */
final class Utf8Bytes {

  private Utf8Bytes() {}

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  /** The eight bytes from {@code at}, little-endian (byte {@code at} lowest); needs {@code at + 8 <= bytes.length}. */
  static long word(byte[] bytes, int at) {
    return (long) LONGS.get(bytes, at);
  }

  /**
   * Whether the {@code length} bytes at {@code at} of {@code bytes}, which end at {@code end}, are
   * the ones {@code words} hold as {@link JsonMembers#word} reads them (eight to a word, the last
   * one zero-padded): a member name compared without scanning it.
   */
  static boolean wordsAt(byte[] bytes, int end, long[] words, int at, int length) {
    if (at + length > end) {
      return false;
    }
    int last = words.length - 1;
    if (last < 0) {
      return true;
    }
    int i = at;
    for (int k = 0; k < last; k++, i += 8) {
      if (word(bytes, i) != words[k]) {
        return false;
      }
    }
    int rest = at + length - i;
    if (i + 8 <= end) {
      return (word(bytes, i) & (-1L >>> (64 - (rest << 3)))) == words[last];
    }
    return JsonMembers.word(bytes, i, at + length) == words[last];
  }

  /** The length of a UTF-8 byte order mark at the start of {@code bytes} when reading from {@code from}: 3 or 0. */
  static int byteOrderMark(byte[] bytes, int from, int end) {
    return from == 0 && end >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
  }

  /**
   * The high bit of each byte of {@code w} equal to the byte repeated in {@code pattern}
   * ({@code 0x2222222222222222L} for {@code "}). Exact for the lowest such byte (those above it
   * may be marked wrongly), which is the one callers look for; so are the methods below.
   */
  static long equalBytes(long w, long pattern) {
    long x = w ^ pattern;
    return (x - ONES) & ~x & HIGH_BITS;
  }

  /**
   * The high bit of each byte of {@code w} that ends a plain run of string: a quote, a backslash,
   * a control character or a byte of a non-ASCII character.
   */
  static long stringStops(long w) {
    return equalBytes(w, 0x2222222222222222L) | equalBytes(w, 0x5C5C5C5C5C5C5C5CL)
        | ((w - 0x2020202020202020L) | w) & HIGH_BITS;
  }

  /**
   * Whether the character at {@code at} continues a keyword, so that {@code truex} is one bad
   * token: as jackson-core decides it, a character from {@code '0'} up that may be part of a Java
   * identifier; bytes that are not UTF-8 fail the token too, as jackson-core's decoding of them
   * for its message does.
   */
  static boolean continuesWord(byte[] buf, int at, int end) {
    int c = buf[at] & 0xFF;
    if (c < '0' || c == ']' || c == '}') {
      return false;
    }
    if (c < 0x80) {
      return Character.isJavaIdentifierPart(c);
    }
    int more = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
    if (more < 0 || at + more >= end) {
      return true;
    }
    int code = c & (0x3F >> more);
    for (int k = 1; k <= more; k++) {
      int next = buf[at + k] & 0xFF;
      if ((next & 0xC0) != 0x80) {
        return true;
      }
      code = (code << 6) | (next & 0x3F);
    }
    return Character.isJavaIdentifierPart(code);
  }

  /** JSON white space. */
  static boolean isSpace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  /** The value of a hex digit, or -1. */
  static int hex(int b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    return -1;
  }

  /** The text of checked string bytes {@code [start, stop)}: escapes and UTF-8 decoded. */
  static String decode(byte[] bytes, int start, int stop) {
    char[] out = new char[stop - start];
    int n = 0;
    int i = start;
    while (i < stop) {
      int c = bytes[i];
      if (c == '\\') {
        int e = bytes[i + 1];
        switch (e) {
          case 'b': out[n++] = '\b'; i += 2; break;
          case 'f': out[n++] = '\f'; i += 2; break;
          case 'n': out[n++] = '\n'; i += 2; break;
          case 'r': out[n++] = '\r'; i += 2; break;
          case 't': out[n++] = '\t'; i += 2; break;
          case 'u':
            out[n++] = (char) ((hex(bytes[i + 2]) << 12) | (hex(bytes[i + 3]) << 8)
                | (hex(bytes[i + 4]) << 4) | hex(bytes[i + 5]));
            i += 6;
            break;
          default: out[n++] = (char) e; i += 2; break;
        }
      } else if (c >= 0) {
        out[n++] = (char) c;
        i++;
      } else {
        int lead = c & 0xFF;
        if ((lead & 0xE0) == 0xC0) {
          out[n++] = (char) (((lead & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
          i += 2;
        } else if ((lead & 0xF0) == 0xE0) {
          out[n++] = (char) (((lead & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
          i += 3;
        } else {
          int cp = ((lead & 0x07) << 18) | ((bytes[i + 1] & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6)
              | (bytes[i + 3] & 0x3F);
          cp -= 0x10000;
          out[n++] = (char) (0xD800 | (cp >> 10));
          out[n++] = (char) (0xDC00 | (cp & 0x3FF));
          i += 4;
        }
      }
    }
    return new String(out, 0, n);
  }

  /**
   * Whether byte {@code i} ends a line as jackson-core counts lines: a {@code \n}, or a {@code \r}
   * not followed by one (a {@code \r\n} counts at its {@code \n}).
   */
  static boolean breaksLine(byte[] buf, int i, int end) {
    byte b = buf[i];
    return b == '\n' || b == '\r' && (i + 1 >= end || buf[i + 1] != '\n');
  }

  /** How many UTF-16 units the UTF-8 bytes {@code [from, to)} encode: one per character, two past U+FFFF. */
  static int characters(byte[] buf, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      int b = buf[i] & 0xFF;
      if ((b & 0xC0) != 0x80) {
        n += b >= 0xF0 ? 2 : 1;
      }
    }
    return n;
  }

  /** A byte as jackson-core names it in messages. */
  static String describe(int c) {
    if (c < 0x20 || c == 0x7F) {
      return "(CTRL-CHAR, code " + c + ")";
    }
    if (c > 0x7F) {
      return "(byte 0x" + Integer.toHexString(c) + ")";
    }
    return "'" + (char) c + "' (code " + c + ")";
  }
}
