package io.apimodel.runtime.jackson3;

import io.apimodel.runtime.internal.JsonName;
import io.apimodel.runtime.internal.JsonOutput;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * A Jackson 3 generator as a {@link JsonOutput}; member names are encoded once and kept. Jackson 3's
 * exceptions are unchecked and pass through.
 */
public final class Jackson3Output extends JsonOutput {

  private final JsonGenerator gen;

  public Jackson3Output(JsonGenerator gen) {
    this.gen = gen;
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
