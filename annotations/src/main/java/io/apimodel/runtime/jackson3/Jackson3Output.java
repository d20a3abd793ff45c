package io.apimodel.runtime.jackson3;

import io.apimodel.runtime.internal.EncodedValue;
import io.apimodel.runtime.internal.JsonName;
import io.apimodel.runtime.internal.JsonOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonGeneratorBase;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * A Jackson 3 generator as a {@link JsonOutput}; member names are encoded once and kept. Jackson 3's
 * exceptions are unchecked and pass through.
 */
public final class Jackson3Output extends JsonOutput {

  private final JsonGenerator gen;
  /** What {@link #encoded} may copy as pre-encoded bytes, from the generator's settings: worked out on first use. */
  private byte raw;

  private static final byte RAW_NONE = 1;
  private static final byte RAW_STRINGS = 2;
  private static final byte RAW_ALL = 3;

  public Jackson3Output(JsonGenerator gen) {
    this.gen = gen;
  }

  /**
   * Copies the value's pre-encoded JSON ({@code "prism.v4.config.Task"}, {@code {"$fv":"v4.r0"}},
   * printable ASCII without quotes or backslashes) when the generator would write exactly those
   * bytes: jackson-core's own JSON generators with no custom escapes and no escaped slashes, and
   * for a map also quoted names and no pretty printer; otherwise writes the value as usual.
   */
  @Override
  public void encoded(EncodedValue value) throws IOException {
    if (raw == 0) {
      boolean strings = gen instanceof JsonGeneratorBase json && json.getCharacterEscapes() == null
          && !json.isEnabled(JsonWriteFeature.ESCAPE_FORWARD_SLASHES);
      boolean maps = strings && gen.getPrettyPrinter() == null
          && ((JsonGeneratorBase) gen).isEnabled(JsonWriteFeature.QUOTE_PROPERTY_NAMES);
      raw = maps ? RAW_ALL : strings ? RAW_STRINGS : RAW_NONE;
    }
    if (raw == RAW_ALL || (raw == RAW_STRINGS && !value.isMap())) {
      Object encoded = value.jackson3();
      if (encoded == null) {
        encoded = new SerializedString(value.json());
        value.jackson3(encoded);
      }
      gen.writeRawValue((SerializableString) encoded);
      return;
    }
    super.encoded(value);
  }

  @Override
  public void startObject() {
    gen.writeStartObject();
  }

  @Override
  public void endObject() {
    gen.writeEndObject();
  }

  @Override
  public void startArray() {
    gen.writeStartArray();
  }

  @Override
  public void endArray() {
    gen.writeEndArray();
  }

  @Override
  public void name(JsonName name) {
    Object encoded = name.jackson3();
    if (encoded == null) {
      encoded = new SerializedString(name.text());
      name.jackson3(encoded);
    }
    gen.writeName((SerializableString) encoded);
  }

  @Override
  public void key(String name) {
    gen.writeName(name);
  }

  @Override
  public void string(String value) {
    gen.writeString(value);
  }

  @Override
  protected void string(char[] chars, int offset, int length) {
    gen.writeString(chars, offset, length);
  }

  @Override
  public void bool(boolean value) {
    gen.writeBoolean(value);
  }

  @Override
  public void integer(int value) {
    gen.writeNumber(value);
  }

  @Override
  public void longInteger(long value) {
    gen.writeNumber(value);
  }

  @Override
  public void decimal(double value) {
    gen.writeNumber(value);
  }

  @Override
  public void bigInteger(BigInteger value) {
    gen.writeNumber(value);
  }

  @Override
  public void bigDecimal(BigDecimal value) {
    gen.writeNumber(value);
  }

  @Override
  public void nullValue() {
    gen.writeNull();
  }

  @Override
  protected void number(String text) {
    gen.writeNumber(text);
  }
}
