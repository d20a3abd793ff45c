package io.apimodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.apimodel.runtime.internal.JsonOutput;
import java.io.IOException;
import java.lang.reflect.Field;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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

  /** Generator features under which jackson-core writes other bytes than {@link Utf8Output}. */
  private static final int OTHER_BYTES = JsonGenerator.Feature.ESCAPE_NON_ASCII.getMask()
      | JsonGenerator.Feature.WRITE_NUMBERS_AS_STRINGS.getMask()
      | JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN.getMask()
      | JsonGenerator.Feature.STRICT_DUPLICATE_DETECTION.getMask()
      | JsonGenerator.Feature.USE_FAST_DOUBLE_WRITER.getMask()
      | JsonGenerator.Feature.ESCAPE_FORWARD_SLASHES.getMask()
      | JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8.getMask();
  /** Generator features without which jackson-core writes other bytes than {@link Utf8Output}. */
  private static final int SAME_BYTES = JsonGenerator.Feature.QUOTE_FIELD_NAMES.getMask()
      | JsonGenerator.Feature.QUOTE_NON_NUMERIC_NUMBERS.getMask()
      | JsonGenerator.Feature.WRITE_HEX_UPPER_CASE.getMask();

  /**
   * Writes the value. When the generator is jackson-core's own UTF-8 generator with the settings
   * under which it writes exactly what {@link Utf8Output} writes (no pretty printer, no custom
   * escapes, the default quoting and number features), the value is written by {@link Utf8Output}
   * and copied into the generator as one raw value: the same bytes, faster. Any other generator
   * (a writer of characters, a token buffer, a filtering delegate, other settings) gets the
   * value token by token.
   */
  @Override
  public final void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    if (writesLikeUtf8Output(gen)) {
      Utf8Output out = Utf8Output.acquire();
      try {
        writeObject(value, out);
        gen.writeRawValue(out.asRawValue());
      } finally {
        out.release();
      }
      return;
    }
    writeObject(value, new Jackson2Output(gen));
  }

  /**
   * Whether jackson-core's generator would write exactly the bytes {@link Utf8Output} writes: its
   * own UTF-8 generator, the default features that decide bytes, no pretty printer, no custom
   * escapes, the default nesting limit and the double quote as quote character (a factory setting
   * that jackson-core does not show; when it cannot be read, the generator writes).
   */
  static boolean writesLikeUtf8Output(JsonGenerator gen) {
    return gen.getClass() == UTF8JsonGenerator.class
        && (gen.getFeatureMask() & (OTHER_BYTES | SAME_BYTES)) == SAME_BYTES
        && gen.getPrettyPrinter() == null
        && gen.getCharacterEscapes() == null
        && gen.getHighestEscapedChar() == 0
        && gen.streamWriteConstraints().getMaxNestingDepth() == Utf8Output.MAX_DEPTH
        && quotesWithDoubleQuotes(gen);
  }

  /** {@code UTF8JsonGenerator._quoteChar}, readable on the class path; null where it is not (a module that does not open it). */
  private static final Field QUOTE_CHAR = quoteCharField();

  private static Field quoteCharField() {
    try {
      Field field = UTF8JsonGenerator.class.getDeclaredField("_quoteChar");
      field.setAccessible(true);
      return field;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static boolean quotesWithDoubleQuotes(JsonGenerator gen) {
    try {
      return QUOTE_CHAR != null && QUOTE_CHAR.getByte(gen) == '"';
    } catch (IllegalAccessException | RuntimeException e) {
      return false;
    }
  }

  /** The generated {@code toJson()}: compact JSON text. */
  public final String toJson(T value) {
    return new String(toJsonBytes(value), StandardCharsets.UTF_8);
  }

  /** The generated {@code toJsonBytes()}: compact JSON in UTF-8, written by {@link Utf8Output}. */
  public final byte[] toJsonBytes(T value) {
    Utf8Output out = Utf8Output.acquire();
    try {
      writeObject(value, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      out.release();
    }
  }
}
