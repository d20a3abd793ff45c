package io.apimodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.apimodel.runtime.internal.JsonOutput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Jackson 2's entry to a generated class's writer.
 *
 * @param <T> the generated class
 */
public abstract class ModelSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  protected ModelSerializer(Class<T> type) {
    super(type);
  }

  /** The generated writer. */
  protected abstract void writeObject(T value, JsonOutput out) throws IOException;

  @Override
  public final void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    writeObject(value, new Jackson2Output(gen));
  }

  /** The generated {@code toJson()}: compact JSON text. */
  public final String toJson(T value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = ModelDeserializer.FACTORY.createGenerator(out)) {
      writeObject(value, new Jackson2Output(gen));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The generated {@code toJsonBytes()}: compact JSON in UTF-8. */
  public final byte[] toJsonBytes(T value) {
    ByteArrayBuilder out = new ByteArrayBuilder();
    try (JsonGenerator gen = ModelDeserializer.FACTORY.createGenerator(out)) {
      writeObject(value, new Jackson2Output(gen));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = out.toByteArray();
    out.release();
    return bytes;
  }
}
