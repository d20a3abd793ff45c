package io.apimodel.runtime.jackson;

import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import io.apimodel.runtime.internal.JsonInput;
import io.apimodel.runtime.internal.ModelType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reading one object of a generated class from UTF-8 bytes, as both Jacksons' entries do it: the
 * fast lane ({@link Utf8Cursor}) first, and when it detours, the exact reader ({@link Utf8Input}),
 * which reports failures as {@link Utf8Failures} makes them. Depends on no Jackson.
 */
public final class Utf8Reads {

  /** A generated class's two readers, as its deserializer (of either Jackson) offers them. */
  public interface Reader<T> {
    /** The exact reader: the object {@code in} is on, without checking constraints. */
    T readObject(JsonInput in) throws IOException;

    /** The fast lane's reader: the object at the cursor, checked, or {@link Utf8Cursor#DETOUR} thrown. */
    T readObject(Utf8Cursor in);
  }

  /** What {@link #fast} returns when the document is to be read by {@link Utf8Input}. */
  public static final Object DETOURED = new Object();

  private Utf8Reads() {}

  /**
   * The object at the cursor read by the fast lane: the object (null for JSON {@code null}), or
   * {@link #DETOURED}; with {@code whole}, only white space may follow it. {@code in} is left past
   * the object.
   */
  public static Object fast(Reader<?> reader, Utf8Cursor in, boolean whole) {
    try {
      Object result = reader.readObject(in);
      return !whole || in.atEnd() ? result : DETOURED;
    } catch (RuntimeException | StackOverflowError e) {
      // Utf8Cursor.DETOUR, or anything else that Utf8Input is to meet again and report as it does
      return DETOURED;
    }
  }

  /**
   * Reads the object the bytes {@code [from, to)} start with and checks it, by the fast lane and
   * else by {@link Utf8Input}; with {@code whole}, only white space may follow it; with
   * {@code text}, the bytes encode a {@code String}, and locations count its characters.
   *
   * @param type the class read, as messages name it
   */
  public static <T> T read(Reader<T> reader, Class<?> type, byte[] utf8, int from, int to, boolean whole, boolean text,
      Utf8Failures failures) throws IOException {
    Object fast = fast(reader, new Utf8Cursor(utf8, from, to, failures), whole);
    if (fast != DETOURED) {
      @SuppressWarnings("unchecked")
      T result = (T) fast;
      return result;
    }
    Utf8Input in = Utf8Input.acquire(utf8, from, to, failures);
    try {
      if (text) {
        in.readsText();
      }
      return exact(reader, type, in, whole);
    } finally {
      in.release();
    }
  }

  /**
   * Reads the object {@code in} starts with by the exact reader and checks it; with {@code whole},
   * only white space may follow it.
   */
  public static <T> T exact(Reader<T> reader, Class<?> type, Utf8Input in, boolean whole) throws IOException {
    T result;
    try {
      in.start();
      result = reader.readObject(in);
    } catch (StackOverflowError e) {
      throw in.tooDeep();
    }
    if (result != null) {
      List<Violation> violations = ModelType.validateRead(result, in);
      if (!violations.isEmpty()) {
        throw in.violations(type, new ModelValidationException(violations));
      }
    }
    if (whole) {
      in.finish();
    }
    return result;
  }

  /**
   * Where a parser that has read the bytes {@code [from, to)} itself would count its line: the
   * line number and the offset where the line starts, from {@code row} and {@code rowStart} at
   * {@code from}, counting line breaks as jackson-core does ({@code \n}, {@code \r}, {@code \r\n}).
   *
   * @return the row, and the offset of its start
   */
  public static int[] linesTo(byte[] buffer, int from, int to, int end, int row, int rowStart) {
    for (int i = from; i < to; i++) {
      if (i + 8 <= to) {
        long w = Utf8Bytes.word(buffer, i);
        if ((Utf8Bytes.equalBytes(w, 0x0A0A0A0A0A0A0A0AL) | Utf8Bytes.equalBytes(w, 0x0D0D0D0D0D0D0D0DL)) == 0) {
          i += 7; // no line break among these eight bytes
          continue;
        }
      }
      if (Utf8Bytes.breaksLine(buffer, i, end)) {
        row++;
        rowStart = i + 1;
      }
    }
    return new int[] {row, rowStart};
  }

  /**
   * The text as UTF-8 bytes for {@code fromJson(String)} to read, or null when jackson-core is to
   * read the text instead: when it holds a surrogate (one without its pair has no UTF-8 form, and
   * jackson-core keeps it), or a zero character among the first four (not for a reader of bytes,
   * see {@link Utf8Input#isUtf8}).
   */
  public static byte[] utf8Of(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return null;
      }
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    return Utf8Input.isUtf8(utf8) ? utf8 : null;
  }
}
