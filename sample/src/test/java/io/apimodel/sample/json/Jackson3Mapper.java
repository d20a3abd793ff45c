package io.apimodel.sample.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.apimodel.runtime.ApiObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain {@code ObjectMapper} whose reads and writes of generated classes (alone, or in lists and
 * maps) go through a Jackson 3 {@code JsonMapper.builder().build()} instead, so that the JSON
 * tests, which call the Jackson 2 mapper, run against the Jackson 3 codec
 * ({@code -Dapimodel.json.mapping=jackson3}). Everything else (trees, other types) is Jackson 2's.
 *
 * <p>A Jackson 3 exception is handed to the tests as the Jackson 2 exception of the same kind with
 * the same original message, location and cause, so that their assertions on messages, paths and
 * the {@code ModelValidationException} as direct cause judge Jackson 3's.
 */
final class Jackson3Mapper extends ObjectMapper {

  private static final long serialVersionUID = 1L;

  /** The Jackson 3 mapper under test: Jackson 3's defaults, no modules. */
  static final JsonMapper JACKSON3 = JsonMapper.builder().build();

  /**
   * Whether JSON text is handed to Jackson 3 as its UTF-8 bytes ({@code -Dapimodel.json.mapping=jackson3-bytes}):
   * an array when their number is even, else a stream over them. jackson-core's UTF-8 parser then
   * reads the array in place, or the stream through its buffer, and the codec reads root objects
   * from those bytes with apimodel's own reader; else jackson-core reads the text's characters and
   * the codec reads its tokens. The two executions test the three ways.
   */
  private final boolean asBytes;

  Jackson3Mapper(boolean asBytes) {
    this.asBytes = asBytes;
  }

  /** Whether Jackson 3 takes this type: a generated class, or a container whose canonical name holds one. */
  private static boolean generated(JavaType type) {
    if (ApiObject.class.isAssignableFrom(type.getRawClass())) {
      return true;
    }
    for (int i = 0; i < type.containedTypeCount(); i++) {
      if (generated(type.containedType(i))) {
        return true;
      }
    }
    return false;
  }

  private tools.jackson.databind.JavaType jackson3(JavaType type) {
    return JACKSON3.getTypeFactory().constructFromCanonical(type.toCanonical());
  }

  @Override
  public <T> T readValue(String content, Class<T> type) throws JsonProcessingException {
    return readValue(content, constructType(type));
  }

  @Override
  public <T> T readValue(String content, TypeReference<T> type) throws JsonProcessingException {
    return readValue(content, constructType(type));
  }

  @Override
  public <T> T readValue(String content, JavaType type) throws JsonProcessingException {
    if (!generated(type)) {
      return super.readValue(content, type);
    }
    try {
      if (!asBytes || !encodable(content)) {
        return JACKSON3.readValue(content, jackson3(type));
      }
      byte[] utf8 = content.getBytes(StandardCharsets.UTF_8);
      return utf8.length % 2 == 0
          ? JACKSON3.readValue(utf8, jackson3(type))
          : JACKSON3.readValue(new ByteArrayInputStream(utf8), jackson3(type));
    } catch (JacksonException e) {
      throw translated(e);
    }
  }

  /** Whether UTF-8 encodes the text as it is: no surrogate without its pair (those stay text). */
  private static boolean encodable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public <T> T readValue(byte[] content, Class<T> type) throws IOException {
    JavaType javaType = constructType(type);
    if (!generated(javaType)) {
      return super.readValue(content, type);
    }
    try {
      return JACKSON3.readValue(content, jackson3(javaType));
    } catch (JacksonException e) {
      throw translated(e);
    }
  }

  @Override
  public String writeValueAsString(Object value) throws JsonProcessingException {
    if (value == null || !generated(constructType(value.getClass()))) {
      return super.writeValueAsString(value);
    }
    try {
      return JACKSON3.writeValueAsString(value);
    } catch (JacksonException e) {
      throw translated(e);
    }
  }

  @Override
  public byte[] writeValueAsBytes(Object value) throws JsonProcessingException {
    if (value == null || !generated(constructType(value.getClass()))) {
      return super.writeValueAsBytes(value);
    }
    try {
      return JACKSON3.writeValueAsBytes(value);
    } catch (JacksonException e) {
      throw translated(e);
    }
  }

  /**
   * The Jackson 2 exception of the same kind, original message, location, reference chain and
   * stack; a Jackson 3 exception as its cause is translated too, anything else is kept.
   */
  static JsonProcessingException translated(JacksonException e) {
    JsonLocation location = location(e.getLocation());
    Throwable cause = e.getCause() instanceof JacksonException jackson ? translated(jackson) : e.getCause();
    JsonProcessingException out;
    if (e instanceof StreamReadException) {
      out = new Translated.Parse(e.getOriginalMessage(), location, cause);
    } else {
      Translated.Mismatch mismatch = new Translated.Mismatch(e.getOriginalMessage(), location, cause);
      List<JacksonException.Reference> path = e.getPath();
      for (int i = path.size() - 1; i >= 0; i--) {
        JacksonException.Reference step = path.get(i);
        if (step.getPropertyName() != null) {
          mismatch.prependPath(step.from(), step.getPropertyName());
        } else {
          mismatch.prependPath(step.from(), step.getIndex());
        }
      }
      out = mismatch;
    }
    out.setStackTrace(e.getStackTrace());
    return out;
  }

  private static JsonLocation location(TokenStreamLocation location) {
    if (location == null) {
      return null;
    }
    return new JsonLocation(ContentReference.unknown(), location.getByteOffset(), location.getCharOffset(),
        location.getLineNr(), location.getColumnNr());
  }

  /** Jackson 2 exceptions made from Jackson 3 ones: their cause is the Jackson 3 exception's cause. */
  private static final class Translated {
    private Translated() {}

    static final class Parse extends JsonParseException {
      private static final long serialVersionUID = 1L;
      private final Throwable cause;

      Parse(String message, JsonLocation location, Throwable cause) {
        super((JsonParser) null, message, location);
        this.cause = cause;
      }

      @Override
      public synchronized Throwable getCause() {
        return cause;
      }
    }

    static final class Mismatch extends MismatchedInputException {
      private static final long serialVersionUID = 1L;
      private final Throwable cause;

      Mismatch(String message, JsonLocation location, Throwable cause) {
        super(null, message, location);
        this.cause = cause;
      }

      @Override
      public synchronized Throwable getCause() {
        return cause;
      }
    }
  }
}
