package io.apimodel.runtime.jackson3;

import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.internal.JsonFailures;
import io.apimodel.runtime.internal.JsonInput;
import io.apimodel.runtime.internal.JsonPaths;
import io.apimodel.runtime.internal.Rfc3339;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import tools.jackson.core.JsonParser;

/**
 * A Jackson 3 parser as a {@link JsonInput}. Jackson 3's exceptions are unchecked, so failures are
 * thrown where {@link JsonInput} asks for them to be made: a {@code MismatchedInputException} whose
 * message names the path, with Jackson's location.
 */
public final class Jackson3Input extends JsonInput {

  private final JsonParser p;

  public Jackson3Input(JsonParser p) {
    this.p = p;
  }

  @Override
  protected int token() {
    return p.currentTokenId();
  }

  @Override
  protected int nextToken() {
    p.nextToken();
    return p.currentTokenId();
  }

  @Override
  protected String nextName() {
    return p.nextName();
  }

  @Override
  protected String currentName() {
    return p.currentName();
  }

  @Override
  protected String text() {
    return p.getString();
  }

  @Override
  protected String numberText() {
    return p.getString();
  }

  @Override
  protected int integerSize() {
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
  protected int tokenInt() {
    return p.getIntValue();
  }

  @Override
  protected long tokenLong() {
    return p.getLongValue();
  }

  @Override
  protected BigInteger tokenBigInteger() {
    return p.getBigIntegerValue();
  }

  @Override
  protected double tokenDouble() {
    return p.getDoubleValue();
  }

  @Override
  protected BigDecimal tokenDecimal() {
    return p.getDecimalValue();
  }

  @Override
  protected OffsetDateTime tokenDateTime() {
    return Rfc3339.parse(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
  }

  @Override
  protected void markMap() {
    Jackson3Errors.markMap(p);
  }

  @Override
  protected JsonFailures failuresOfEndedObject() {
    return new Failures(p);
  }

  /** Throws the failure: Jackson 3's exceptions are unchecked, and the caller would throw it anyway. */
  @Override
  protected IOException invalid(String problem) {
    throw Jackson3Errors.invalid(p, problem);
  }

  /**
   * Failures of a copy of the object whose end the parser is on, thrown as the codec reports them;
   * the object's path is worked out on the first failure (the parser has not moved on then).
   */
  private static final class Failures implements JsonFailures {
    private final JsonParser p;
    private String prefix;

    Failures(JsonParser p) {
      this.p = p;
    }

    @Override
    public IOException invalid(String path, String problem) {
      if (prefix == null) {
        prefix = Jackson3Errors.endedObjectPath(p); // on END_OBJECT the context is the object's container's
      }
      throw Jackson3Errors.invalidAt(p, JsonPaths.join(prefix, path), problem);
    }

    @Override
    public IOException violations(Class<?> type, ModelValidationException violations) {
      throw Jackson3Errors.violations(p, type, violations);
    }
  }
}
