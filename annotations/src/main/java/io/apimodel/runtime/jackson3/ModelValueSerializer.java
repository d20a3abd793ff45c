package io.apimodel.runtime.jackson3;

import io.apimodel.runtime.internal.JsonOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Jackson 3's entry to a generated class's writer: the properties in property order whatever the
 * mapper's settings (sorting applies to reflective mappings only), then the unknown fields.
 *
 * @param <T> the generated class
 */
public abstract class ModelValueSerializer<T> extends StdSerializer<T> {

  protected ModelValueSerializer(Class<T> type) {
    super(type);
  }

  /** The generated writer. */
  protected abstract void writeObject(T value, JsonOutput out) throws IOException;

  @Override
  public final void serialize(T value, JsonGenerator gen, SerializationContext context) {
    write(value, gen);
  }

  private void write(T value, JsonGenerator gen) {
    try {
      writeObject(value, new Jackson3Output(gen));
    } catch (IOException e) {
      throw JacksonIOException.construct(e); // Jackson3Output throws none: Jackson 3's failures are unchecked
    }
  }

  /** The generated {@code toJson()} of a class compiled with Jackson 3 only: compact JSON text. */
  public final String toJson(T value) {
    return new String(toJsonBytes(value), StandardCharsets.UTF_8);
  }

  /** The generated {@code toJsonBytes()} of a class compiled with Jackson 3 only: compact JSON in UTF-8. */
  public final byte[] toJsonBytes(T value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (JsonGenerator gen = ModelValueDeserializer.FACTORY.createGenerator(ObjectWriteContext.empty(), bytes)) {
      write(value, gen);
    }
    return bytes.toByteArray();
  }
}
