package io.apimodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import io.apimodel.runtime.internal.EncodedValue;
import io.apimodel.runtime.internal.JsonName;
import io.apimodel.runtime.internal.JsonOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/** A jackson-core 2 generator as a {@link JsonOutput}; member names are encoded once and kept. */
public final class Jackson2Output extends JsonOutput {

  private final JsonGenerator gen;
  /** What {@link #encoded} may copy as pre-encoded bytes, from the generator's settings: worked out on first use. */
  private byte raw;

  private static final byte RAW_NONE = 1;
  private static final byte RAW_STRINGS = 2;
  private static final byte RAW_ALL = 3;

  public Jackson2Output(JsonGenerator gen) {
    this.gen = gen;
  }

  @Override
  public void startObject() throws IOException {
    gen.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    gen.writeEndObject();
  }

  @Override
  public void startArray() throws IOException {
    gen.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    gen.writeEndArray();
  }

  @Override
  public void name(JsonName name) throws IOException {
    Object encoded = name.jackson2();
    if (encoded == null) {
      encoded = new SerializedString(name.text());
      name.jackson2(encoded);
    }
    gen.writeFieldName((SerializableString) encoded);
  }

  /**
   * Copies the value's pre-encoded JSON when the generator writes compact standard JSON exactly so
   * (jackson-core's own generators, no custom escapes, no escaped slashes, quoted names, and for a
   * map no pretty printer); otherwise writes the value as usual.
   */
  @Override
  public void encoded(EncodedValue value) throws IOException {
    if (raw == 0) {
      boolean strings = gen instanceof JsonGeneratorImpl && gen.getCharacterEscapes() == null
          && !gen.isEnabled(JsonGenerator.Feature.ESCAPE_NON_ASCII)
          && !gen.isEnabled(JsonGenerator.Feature.ESCAPE_FORWARD_SLASHES);
      boolean maps = strings && gen.getPrettyPrinter() == null && gen.isEnabled(JsonGenerator.Feature.QUOTE_FIELD_NAMES);
      raw = maps ? RAW_ALL : strings ? RAW_STRINGS : RAW_NONE;
    }
    if (raw == RAW_ALL || (raw == RAW_STRINGS && !value.isMap())) {
      Object encoded = value.encoded();
      if (encoded == null) {
        encoded = new SerializedString(value.json());
        value.encoded(encoded);
      }
      gen.writeRawValue((SerializableString) encoded);
      return;
    }
    super.encoded(value);
  }

  @Override
  public void key(String name) throws IOException {
    gen.writeFieldName(name);
  }

  @Override
  public void string(String value) throws IOException {
    gen.writeString(value);
  }

  @Override
  protected void string(char[] chars, int offset, int length) throws IOException {
    gen.writeString(chars, offset, length);
  }

  @Override
  public void bool(boolean value) throws IOException {
    gen.writeBoolean(value);
  }

  @Override
  public void integer(int value) throws IOException {
    gen.writeNumber(value);
  }

  @Override
  public void longInteger(long value) throws IOException {
    gen.writeNumber(value);
  }

  @Override
  public void decimal(double value) throws IOException {
    gen.writeNumber(value);
  }

  @Override
  public void bigInteger(BigInteger value) throws IOException {
    gen.writeNumber(value);
  }

  @Override
  public void bigDecimal(BigDecimal value) throws IOException {
    gen.writeNumber(value);
  }

  @Override
  public void nullValue() throws IOException {
    gen.writeNull();
  }

  @Override
  protected void number(String text) throws IOException {
    gen.writeNumber(text);
  }
}
