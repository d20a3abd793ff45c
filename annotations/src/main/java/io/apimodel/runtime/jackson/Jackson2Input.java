package io.apimodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonParser;
import io.apimodel.runtime.internal.JsonFailures;
import io.apimodel.runtime.internal.JsonInput;
import io.apimodel.runtime.internal.Rfc3339;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;

/**
 * A jackson-core 2 parser as a {@link JsonInput}: failures are Jackson exceptions
 * ({@code MismatchedInputException}) whose messages name the path, with Jackson's location.
 */
public final class Jackson2Input extends JsonInput {

  private final JsonParser p;

  public Jackson2Input(JsonParser p) {
    this.p = p;
  }

  @Override
  protected int token() {
    return p.currentTokenId();
  }

  @Override
  protected int nextToken() throws IOException {
    p.nextToken();
    return p.currentTokenId();
  }

  @Override
  protected String nextName() throws IOException {
    return p.nextFieldName();
  }

  @Override
  protected String currentName() throws IOException {
    return p.currentName();
  }

  @Override
  protected String text() throws IOException {
    return p.getText();
  }

  @Override
  protected String numberText() throws IOException {
    return p.getText();
  }

  @Override
  protected int integerSize() throws IOException {
    switch (p.getNumberType()) {
      case INT:
        return INT_SIZE;
      case LONG:
        return LONG_SIZE;
      default:
        return BIG_SIZE;
    }
  }

  @Override
  protected int tokenInt() throws IOException {
    return p.getIntValue();
  }

  @Override
  protected long tokenLong() throws IOException {
    return p.getLongValue();
  }

  @Override
  protected BigInteger tokenBigInteger() throws IOException {
    return p.getBigIntegerValue();
  }

  @Override
  protected double tokenDouble() throws IOException {
    return p.getDoubleValue();
  }

  @Override
  protected BigDecimal tokenDecimal() throws IOException {
    return p.getDecimalValue();
  }

  @Override
  protected OffsetDateTime tokenDateTime() throws IOException {
    return Rfc3339.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
  }

  @Override
  protected void markMap() {
    JsonErrors.markMap(p);
  }

  @Override
  protected JsonFailures failuresInObject() {
    return JacksonTokens.failures(p, JsonErrors.objectPath(p));
  }

  @Override
  protected IOException invalid(String problem) {
    return JsonErrors.invalid(p, problem);
  }
}
