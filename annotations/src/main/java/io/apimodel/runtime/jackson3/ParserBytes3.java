package io.apimodel.runtime.jackson3;

import io.apimodel.runtime.jackson.Utf8Reads;
import java.lang.reflect.Field;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.UTF8StreamJsonParser;

/**
 * The bytes a Jackson 3 parser reads, when apimodel's UTF-8 reader may read them instead with the
 * same result: {@code JsonMapper.readValue(byte[], ...)} and {@code ObjectReader.readValue(byte[])}
 * hand jackson-core the caller's array, which its UTF-8 parser reads in place. jackson-core does not
 * show that array, so it is read from the parser's fields ({@code _inputBuffer}, {@code _inputPtr},
 * {@code _inputEnd}, {@code _inputStream}); where they cannot be read (a module that does not open
 * jackson-core, a version without them) there are no bytes and the parser reads as usual.
 *
 * <p>Only a root-level object qualifies, parsed with jackson-core's default features and stream
 * limits (the grammar and limits apimodel's reader implements). From a stream, the parser's buffer
 * holds what it has read so far, which may end inside the object: then only the fast lane may read
 * it, and only if it finds the whole object there (see {@link #streamed}).
 *
 * @param buffer the parser's input
 * @param start where the object starts (its {@code {})
 * @param end where the input ends, or what the parser has read of it
 * @param streamed whether the parser reads a stream, so that more input may follow {@code end}
 */
record ParserBytes3(byte[] buffer, int start, int end, boolean streamed) {

  private static final Field BUFFER = field("_inputBuffer");
  private static final Field POINTER = field("_inputPtr");
  private static final Field END = field("_inputEnd");
  private static final Field STREAM = field("_inputStream");
  private static final Field ROW = field("_currInputRow");
  private static final Field ROW_START = field("_currInputRowStart");
  private static final Field FORMAT_FEATURES = field("_formatReadFeatures");
  private static final boolean READABLE = BUFFER != null && POINTER != null && END != null && STREAM != null
      && ROW != null && ROW_START != null && FORMAT_FEATURES != null;
  private static final StreamReadConstraints DEFAULT_LIMITS = StreamReadConstraints.defaults();
  /** The stream and JSON read features of a parser of a default factory, the grammar the reader implements. */
  private static final int DEFAULT_STREAM_FEATURES;
  private static final int DEFAULT_FORMAT_FEATURES;

  static {
    int stream = -1;
    int format = -1;
    if (READABLE) {
      try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), new byte[] {'{', '}'})) {
        stream = p.streamReadFeatures();
        format = FORMAT_FEATURES.getInt(p);
      } catch (IllegalAccessException | RuntimeException e) {
        stream = -1;
      }
    }
    DEFAULT_STREAM_FEATURES = stream;
    DEFAULT_FORMAT_FEATURES = format;
  }

  private static Field field(String name) {
    for (Class<?> c = UTF8StreamJsonParser.class; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (RuntimeException e) {
        return null; // not open to us
      }
    }
    return null;
  }

  /** The bytes of the root-level object the parser has just started, or null (see the class comment). */
  static ParserBytes3 ofRootObject(JsonParser p) {
    if (!READABLE || DEFAULT_STREAM_FEATURES == -1 || p.getClass() != UTF8StreamJsonParser.class
        || p.currentToken() != JsonToken.START_OBJECT || p.streamReadFeatures() != DEFAULT_STREAM_FEATURES
        || !defaultLimits(p.streamReadConstraints())) {
      return null;
    }
    TokenStreamContext parent = p.streamReadContext().getParent();
    if (parent == null || !parent.inRoot()) {
      return null;
    }
    try {
      if (FORMAT_FEATURES.getInt(p) != DEFAULT_FORMAT_FEATURES) {
        return null; // another grammar
      }
      byte[] buffer = (byte[]) BUFFER.get(p);
      int start = POINTER.getInt(p) - 1;
      int end = END.getInt(p);
      if (buffer == null || start < 0 || end > buffer.length || buffer[start] != '{') {
        return null;
      }
      return new ParserBytes3(buffer, start, end, STREAM.get(p) != null);
    } catch (IllegalAccessException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Moves the parser, still on the object's start, onto its end as if it had read the object
   * itself: its input position to the closing brace at {@code close}, its line count past the line
   * breaks in between, then one {@code nextToken()} of its own, which closes the object's context.
   *
   * @throws IllegalStateException if the parser did not end up on the object's end
   */
  void moveParserTo(JsonParser p, int close) {
    try {
      int[] row = Utf8Reads.linesTo(buffer, start, close, end, ROW.getInt(p), ROW_START.getInt(p));
      ROW.setInt(p, row[0]);
      ROW_START.setInt(p, row[1]);
      POINTER.setInt(p, close);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot move jackson-core's parser past the object read", e);
    }
    if (p.nextToken() != JsonToken.END_OBJECT) {
      throw new IllegalStateException("jackson-core's parser is not at the end of the object read: " + p.currentToken());
    }
  }

  private static boolean defaultLimits(StreamReadConstraints c) {
    return c.getMaxNestingDepth() == DEFAULT_LIMITS.getMaxNestingDepth()
        && c.getMaxNumberLength() == DEFAULT_LIMITS.getMaxNumberLength()
        && c.getMaxStringLength() == DEFAULT_LIMITS.getMaxStringLength()
        && c.getMaxNameLength() == DEFAULT_LIMITS.getMaxNameLength()
        && c.getMaxDocumentLength() == DEFAULT_LIMITS.getMaxDocumentLength()
        && c.getMaxTokenCount() == DEFAULT_LIMITS.getMaxTokenCount();
  }
}
