package io.apimodel.runtime.jackson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.internal.JsonFailures;
import io.apimodel.runtime.internal.JsonInput;
import io.apimodel.runtime.internal.JsonTokens;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * {@link JsonTokens} as Jackson 2 reads and writes them: token by token, numbers exactly as
 * written. Only {@code JsonTokens}' private methods name this class, so that code compiled without
 * jackson-databind never meets its annotations.
 *
 * <p>A Jackson that does not know these annotations (Jackson 3) uses the plain-value
 * {@code @JsonCreator} and {@code @JsonValue} instead: then floating-point numbers arrive as that
 * mapper's defaults make them.
 */
@JsonSerialize(using = JacksonTokens.Writer.class)
@JsonDeserialize(using = JacksonTokens.Reader.class)
public final class JacksonTokens {

  private final JsonTokens tokens;

  public JacksonTokens(JsonTokens tokens) {
    this.tokens = tokens;
  }

  /** The tokens. */
  public JsonTokens tokens() {
    return tokens;
  }

  /** For a Jackson that does not know {@code @JsonDeserialize}: a plain JSON value as tokens. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static JacksonTokens fromPlain(Object value) {
    JsonTokens.Recorder out = new JsonTokens.Recorder();
    try {
      out.any(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return new JacksonTokens(out.tokens());
  }

  /** For a Jackson that does not know {@code @JsonSerialize}: the tokens as a plain JSON value. */
  @JsonValue
  Object toPlain() {
    try {
      return tokens.input().any();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Records the value the parser is on; an object whose start Jackson has consumed is completed. */
  static final class Reader extends StdDeserializer<JacksonTokens> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(JacksonTokens.class);
    }

    @Override
    public JacksonTokens deserialize(JsonParser p, DeserializationContext context) throws IOException {
      try {
        return record(p, context);
      } catch (StreamConstraintsException e) {
        throw JsonErrors.limit(p, e);
      } catch (java.io.CharConversionException e) {
        throw JsonErrors.undecodable(p, e);
      }
    }

    private static JacksonTokens record(JsonParser p, DeserializationContext context) throws IOException {
      JsonTokens.Recorder out = new JsonTokens.Recorder();
      JsonFailures failures = new Failures(p, JsonErrors.valuePath(p));
      int depth = 0;
      JsonToken t = p.currentToken();
      if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT) {
        out.add(JsonInput.START_OBJECT, null);
        depth = 1;
      }
      while (true) {
        t = p.currentToken();
        switch (t) {
          case START_OBJECT -> {
            out.add(JsonInput.START_OBJECT, null);
            depth++;
          }
          case START_ARRAY -> {
            out.add(JsonInput.START_ARRAY, null);
            depth++;
          }
          case END_OBJECT -> {
            out.add(JsonInput.END_OBJECT, null);
            depth--;
          }
          case END_ARRAY -> {
            out.add(JsonInput.END_ARRAY, null);
            depth--;
          }
          case FIELD_NAME -> out.add(JsonInput.FIELD_NAME, p.currentName());
          case VALUE_STRING -> out.add(JsonInput.STRING, p.getText());
          case VALUE_NUMBER_INT -> out.add(JsonInput.NUMBER_INT, negativeZero(p) ? "-0" : p.getNumberValue());
          case VALUE_NUMBER_FLOAT -> out.add(JsonInput.NUMBER_FLOAT, p.getText());
          case VALUE_TRUE -> out.add(JsonInput.TRUE, null);
          case VALUE_FALSE -> out.add(JsonInput.FALSE, null);
          case VALUE_NULL -> out.add(JsonInput.NULL, null);
          default -> throw context.wrongTokenException(p, JacksonTokens.class, t, "a JSON value");
        }
        if (depth == 0) {
          return new JacksonTokens(out.tokens(failures));
        }
        p.nextToken();
      }
    }

    /** {@code -0}: an int zero whose text keeps the sign, which a write must give back. */
    private static boolean negativeZero(JsonParser p) throws IOException {
      return p.getNumberType() == JsonParser.NumberType.INT && p.getIntValue() == 0 && p.getTextLength() > 1;
    }
  }

  /**
   * Failures of a copy of the object whose end the parser is on, as the generated codec reports
   * them; the object's path is worked out on the first failure (the parser has not moved on then).
   */
  static JsonFailures failuresOfEndedObject(JsonParser p) {
    return new Failures(p, null);
  }

  /** Failures as the generated codec reports them: Jackson exceptions naming the path. */
  private static final class Failures implements JsonFailures {
    private final JsonParser p;
    /** The path of the copied value; null: the object whose end the parser is on, found when needed. */
    private String prefix;

    Failures(JsonParser p, String prefix) {
      this.p = p;
      this.prefix = prefix;
    }

    private String prefix() {
      if (prefix == null) {
        prefix = JsonErrors.endedObjectPath(p); // on END_OBJECT the context is the object's container's
      }
      return prefix;
    }

    @Override
    public IOException invalid(String path, String problem) {
      return JsonErrors.invalidAt(p, JsonErrors.join(prefix(), path), problem);
    }

    @Override
    public IOException violations(Class<?> type, ModelValidationException violations) {
      return JsonErrors.violations(p, type, violations);
    }
  }

  /** Replays the tokens into the generator. */
  static final class Writer extends StdSerializer<JacksonTokens> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(JacksonTokens.class);
    }

    @Override
    public void serialize(JacksonTokens value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      JsonTokens tokens = value.tokens;
      for (int i = 0; i < tokens.size(); i++) {
        Object v = tokens.value(i);
        switch (tokens.token(i)) {
          case JsonInput.START_OBJECT -> gen.writeStartObject();
          case JsonInput.END_OBJECT -> gen.writeEndObject();
          case JsonInput.START_ARRAY -> gen.writeStartArray();
          case JsonInput.END_ARRAY -> gen.writeEndArray();
          case JsonInput.FIELD_NAME -> gen.writeFieldName((String) v);
          case JsonInput.STRING -> gen.writeString((String) v);
          case JsonInput.TRUE -> gen.writeBoolean(true);
          case JsonInput.FALSE -> gen.writeBoolean(false);
          case JsonInput.NULL -> gen.writeNull();
          case JsonInput.NUMBER_INT, JsonInput.NUMBER_FLOAT -> writeNumber(v, gen);
          default -> throw new IllegalStateException("token " + tokens.token(i));
        }
      }
    }

    private static void writeNumber(Object v, JsonGenerator gen) throws IOException {
      if (v instanceof Integer i) {
        gen.writeNumber(i);
      } else if (v instanceof Long l) {
        gen.writeNumber(l);
      } else if (v instanceof Double d) {
        gen.writeNumber(d);
      } else if (v instanceof BigInteger b) {
        gen.writeNumber(b);
      } else if (v instanceof BigDecimal d) {
        gen.writeNumber(d);
      } else {
        gen.writeNumber(v.toString());
      }
    }
  }
}
