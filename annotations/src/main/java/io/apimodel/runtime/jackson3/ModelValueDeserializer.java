package io.apimodel.runtime.jackson3;

import io.apimodel.runtime.ApiObject;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import io.apimodel.runtime.internal.JsonInput;
import io.apimodel.runtime.internal.ModelType;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.List;
import tools.jackson.core.JsonParser;
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
 * @param <T> the generated class
 */
public abstract class ModelValueDeserializer<T extends ApiObject> extends StdDeserializer<T> {

  /** The factory behind the generated {@code fromJson} methods of classes compiled with Jackson 3 only. */
  static final JsonFactory FACTORY = new JsonFactory();

  protected ModelValueDeserializer(Class<T> type) {
    super(type);
  }

  /** The generated reader: the object {@code in} is on, without checking constraints. */
  protected abstract T readObject(JsonInput in) throws IOException;

  @Override
  public final T deserialize(JsonParser p, DeserializationContext context) {
    return readValidated(p);
  }

  /** Reads the object the parser is on and checks it. */
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

  /** The generated {@code fromJson(String)} of a class compiled with Jackson 3 only: one JSON document, checked. */
  public final T fromJson(String text) {
    try (JsonParser p = FACTORY.createParser(text)) {
      return readDocument(p);
    }
  }

  /** The generated {@code fromJson(byte[])} of a class compiled with Jackson 3 only: one JSON document, checked. */
  public final T fromJson(byte[] json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      return readDocument(p);
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
