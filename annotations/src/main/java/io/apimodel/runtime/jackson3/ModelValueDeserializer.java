package io.apimodel.runtime.jackson3;

import io.apimodel.runtime.ApiObject;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import io.apimodel.runtime.internal.JsonInput;
import io.apimodel.runtime.internal.ModelType;
import io.apimodel.runtime.jackson.Utf8Cursor;
import io.apimodel.runtime.jackson.Utf8Input;
import io.apimodel.runtime.jackson.Utf8Reads;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Jackson 3's entry to a generated class's reader: reads the object the parser is on, then checks
 * every constraint of it and what it holds. A violation fails with a {@code DatabindException} that
 * names the path and has the {@link ModelValidationException} as its direct cause. The mapper's
 * features do not change what is read: the generated reader reads every member itself.
 *
 * <p>A document's root object that jackson-core parses in place from the caller's byte array, with
 * its default grammar and limits, is read from those bytes by apimodel's own UTF-8 reader (the fast
 * lane, else {@link Utf8Input}), as under Jackson 2: the same result, faster (see
 * {@link ParserBytes3}). From a stream (a request body), the fast lane reads the object from the
 * parser's buffer when the buffer holds all of it and it is plainly right. Anything else is read
 * token by token from the parser.
 *
 * @param <T> the generated class
 */
public abstract class ModelValueDeserializer<T extends ApiObject> extends StdDeserializer<T> {

  /** The factory behind the generated {@code fromJson} methods of classes compiled with Jackson 3 only. */
  static final JsonFactory FACTORY = new JsonFactory();

  /** This deserializer's two readers, for {@link Utf8Reads}. */
  private final Utf8Reads.Reader<T> readers = new Utf8Reads.Reader<>() {
    @Override
    public T readObject(JsonInput in) throws IOException {
      return ModelValueDeserializer.this.readObject(in);
    }

    @Override
    public T readObject(Utf8Cursor in) {
      return ModelValueDeserializer.this.readObject(in);
    }
  };

  protected ModelValueDeserializer(Class<T> type) {
    super(type);
  }

  /** The generated reader: the object {@code in} is on, without checking constraints. */
  protected abstract T readObject(JsonInput in) throws IOException;

  /**
   * The generated reader of the fast lane: the object that starts at the cursor, checked, or
   * {@link Utf8Cursor#DETOUR} thrown for {@link Utf8Input} to read the document instead. A codec
   * without one has every document read by {@link #readObject(JsonInput)}.
   */
  protected T readObject(Utf8Cursor in) {
    throw Utf8Cursor.DETOUR;
  }

  /**
   * Reads the object the parser is on and checks it: from the parser's bytes where it reads the
   * caller's array (see the class comment), moving the parser onto the object's end as if it had
   * read the object itself, so that the mapper's check for trailing tokens and whoever reads on
   * find the parser where they expect it.
   */
  @Override
  public final T deserialize(JsonParser p, DeserializationContext context) {
    ParserBytes3 bytes = ParserBytes3.ofRootObject(p);
    if (bytes == null) {
      return readValidated(p);
    }
    Utf8Cursor cursor = new Utf8Cursor(bytes.buffer(), bytes.start(), bytes.end(), Jackson3Failures.INSTANCE);
    Object fast = Utf8Reads.fast(readers, cursor, false);
    if (fast != Utf8Reads.DETOURED) {
      bytes.moveParserTo(p, cursor.position() - 1); // onto the object's closing brace
      @SuppressWarnings("unchecked")
      T result = (T) fast;
      return result;
    }
    if (bytes.streamed()) {
      return readValidated(p); // the object may go on past what the parser has read: its tokens, then
    }
    Utf8Input in = Utf8Input.acquire(bytes.buffer(), bytes.start(), bytes.end(), Jackson3Failures.INSTANCE);
    try {
      T result = Utf8Reads.exact(readers, handledType(), in, false);
      bytes.moveParserTo(p, in.tokenStart());
      return result;
    } catch (IOException e) {
      throw JacksonIOException.construct(e); // Jackson3Failures throws its exceptions: none arrive here
    } finally {
      in.release();
    }
  }

  /** Reads the object the parser is on, token by token, and checks it. */
  public final T readValidated(JsonParser p) {
    T result;
    JsonInput in = new Jackson3Input(p);
    try {
      result = readObject(in);
    } catch (StreamConstraintsException e) {
      throw Jackson3Errors.limit(p, e);
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof CharConversionException undecodable) {
        throw Jackson3Errors.undecodable(p, undecodable);
      }
      throw e;
    } catch (StackOverflowError e) {
      throw Jackson3Errors.tooDeep(p);
    } catch (IOException e) {
      throw JacksonIOException.construct(e); // Jackson3Input throws none: its failures are unchecked
    }
    if (result != null) {
      List<Violation> violations = ModelType.validateRead(result, in);
      if (!violations.isEmpty()) {
        throw Jackson3Errors.violations(p, handledType(), new ModelValidationException(violations));
      }
    }
    return result;
  }

  /**
   * The generated {@code fromJson(String)} of a class compiled with Jackson 3 only: one JSON
   * document, checked. Read as UTF-8 by apimodel's reader, unless {@link Utf8Reads#utf8Of} leaves
   * the text to jackson-core.
   */
  public final T fromJson(String text) {
    byte[] utf8 = Utf8Reads.utf8Of(text);
    if (utf8 == null) {
      try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
        return readDocument(p);
      }
    }
    return readUtf8(utf8, true);
  }

  /**
   * The generated {@code fromJson(byte[])} of a class compiled with Jackson 3 only: one JSON
   * document in UTF-8, checked; bytes that jackson-core would take for UTF-16 or UTF-32 go to it.
   */
  public final T fromJson(byte[] json) {
    if (!Utf8Input.isUtf8(json)) {
      try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
        try {
          return readDocument(p);
        } catch (JacksonIOException e) {
          if (e.getCause() instanceof CharConversionException undecodable) {
            throw Jackson3Errors.undecodable(p, undecodable);
          }
          throw e;
        }
      }
    }
    return readUtf8(json, false);
  }

  private T readUtf8(byte[] utf8, boolean text) {
    try {
      return Utf8Reads.read(readers, handledType(), utf8, 0, utf8.length, true, text, Jackson3Failures.INSTANCE);
    } catch (IOException e) {
      throw JacksonIOException.construct(e); // Jackson3Failures throws its exceptions: none arrive here
    }
  }

  private T readDocument(JsonParser p) {
    p.nextToken();
    T result = readValidated(p);
    if (p.nextToken() != null) {
      throw Jackson3Errors.invalid(p, "unexpected content after the end of the JSON value");
    }
    return result;
  }
}
