package io.apimodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.apimodel.runtime.ApiObject;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import io.apimodel.runtime.internal.JsonInput;
import io.apimodel.runtime.internal.ModelType;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Jackson 2's entry to a generated class's reader: reads the object the parser is on, then checks
 * every constraint of it and what it holds. A violation fails with a {@code JsonMappingException}
 * that names the path and has the {@link ModelValidationException} as its cause.
 *
 * @param <T> the generated class
 */
public abstract class ModelDeserializer<T extends ApiObject> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /** The factory behind the generated {@code fromJson} methods. */
  static final JsonFactory FACTORY = new JsonFactory();

  protected ModelDeserializer(Class<T> type) {
    super(type);
  }

  /** The generated reader: the object {@code in} is on, without checking constraints. */
  protected abstract T readObject(JsonInput in) throws IOException;

  /**
   * The generated reader of the fast lane: the object that starts at the cursor, checked, or
   * {@link Utf8Cursor#DETOUR} thrown for {@link Utf8Input} to read the document instead. A codec
   * without one (generated before the fast lane, or written by hand) has every document read by
   * {@link #readObject(JsonInput)}.
   */
  protected T readObject(Utf8Cursor in) {
    throw Utf8Cursor.DETOUR;
  }

  /** This deserializer's two readers, for {@link Utf8Reads}. */
  private final Utf8Reads.Reader<T> readers = new Utf8Reads.Reader<>() {
    @Override
    public T readObject(JsonInput in) throws IOException {
      return ModelDeserializer.this.readObject(in);
    }

    @Override
    public T readObject(Utf8Cursor in) {
      return ModelDeserializer.this.readObject(in);
    }
  };

  /**
   * Reads the object the parser is on and checks it. A document's root object that jackson-core
   * parses from a byte array handed to it, with the default settings, is read by {@link Utf8Input}
   * from those bytes (see {@link ParserBytes}): the same result, faster. The parser is then moved
   * onto the object's end, where its own reading would have left it, so that whoever reads on
   * (a {@code MappingIterator}, a caller's parser) finds the next value. A mapper that checks for
   * trailing tokens has jackson-core read the object.
   */
  @Override
  public final T deserialize(JsonParser p, DeserializationContext context) throws IOException {
    if (!context.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)) {
      ParserBytes bytes = ParserBytes.ofRootObject(p);
      if (bytes != null) {
        Utf8Cursor cursor = new Utf8Cursor(bytes.buffer(), bytes.start(), bytes.end(), Jackson2Failures.INSTANCE);
        Object fast = Utf8Reads.fast(readers, cursor, false);
        if (fast != Utf8Reads.DETOURED) {
          bytes.moveParserTo(p, cursor.position() - 1); // onto the object's closing brace
          @SuppressWarnings("unchecked")
          T result = (T) fast;
          return result;
        }
        Utf8Input in = Utf8Input.acquire(bytes.buffer(), bytes.start(), bytes.end(), Jackson2Failures.INSTANCE);
        try {
          T result = read(in);
          bytes.moveParserTo(p, in.tokenStart());
          return result;
        } finally {
          in.release();
        }
      }
    }
    return readValidated(p);
  }

  /** Reads the object the parser is on and checks it. */
  public final T readValidated(JsonParser p) throws IOException {
    T result;
    JsonInput in = new Jackson2Input(p);
    try {
      result = readObject(in);
    } catch (StreamConstraintsException e) {
      throw JsonErrors.limit(p, e);
    } catch (CharConversionException e) {
      throw JsonErrors.undecodable(p, e);
    } catch (StackOverflowError e) {
      throw JsonErrors.tooDeep(p);
    }
    if (result != null) {
      List<Violation> violations = ModelType.validateRead(result, in);
      if (!violations.isEmpty()) {
        throw JsonErrors.violations(p, handledType(), new ModelValidationException(violations));
      }
    }
    return result;
  }

  /**
   * The generated {@code fromJson(String)}: one JSON document, checked. Read as UTF-8 bytes by
   * {@link Utf8Input}, unless the text holds a surrogate that is not part of a pair (UTF-8 has no
   * form for it): then by jackson-core, which keeps it.
   */
  public final T fromJson(String text) throws JsonProcessingException {
    byte[] utf8 = Utf8Reads.utf8Of(text);
    return utf8 == null ? fromJsonByJackson(text) : readUtf8(utf8, 0, utf8.length, true, true);
  }

  /**
   * The generated {@code fromJson(byte[])}: one JSON document in UTF-8, checked, read by {@link
   * Utf8Input}; bytes that jackson-core would take for UTF-16 or UTF-32 go to jackson-core.
   */
  public final T fromJson(byte[] utf8) throws JsonProcessingException {
    if (!Utf8Input.isUtf8(utf8)) {
      return fromJsonByJackson(utf8);
    }
    return readUtf8(utf8, 0, utf8.length, true, false);
  }

  /**
   * Reads the object at {@code from} in the bytes {@code [from, to)} and checks it (see {@link
   * Utf8Reads#read}); with {@code whole}, only white space may follow it; with {@code text}, the
   * bytes encode a {@code String}, and locations count its characters.
   */
  private T readUtf8(byte[] utf8, int from, int to, boolean whole, boolean text) throws JsonProcessingException {
    try {
      return Utf8Reads.read(readers, handledType(), utf8, from, to, whole, text, Jackson2Failures.INSTANCE);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the root object {@code in} starts with and checks it; more of the document may follow it. */
  private T read(Utf8Input in) throws JsonProcessingException {
    try {
      return Utf8Reads.exact(readers, handledType(), in, false);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #fromJson(String)} by jackson-core's parser. */
  final T fromJsonByJackson(String text) throws JsonProcessingException {
    try (JsonParser p = FACTORY.createParser(text)) {
      return readDocument(p);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #fromJson(byte[])} by jackson-core's parser: for bytes in UTF-16 or UTF-32. */
  final T fromJsonByJackson(byte[] json) throws JsonProcessingException {
    try (JsonParser p = FACTORY.createParser(json)) {
      try {
        return readDocument(p);
      } catch (CharConversionException e) {
        throw JsonErrors.undecodable(p, e);
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private T readDocument(JsonParser p) throws IOException {
    p.nextToken();
    T result = readValidated(p);
    if (p.nextToken() != null) {
      throw JsonErrors.invalid(p, "unexpected content after the end of the JSON value");
    }
    return result;
  }
}
