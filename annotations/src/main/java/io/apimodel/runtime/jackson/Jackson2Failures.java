package io.apimodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.apimodel.runtime.ModelValidationException;
import java.io.IOException;

/**
 * {@link Utf8Input}'s failures as Jackson 2 reports them: {@code JsonParseException} for input that
 * is not JSON, {@code MismatchedInputException} for a value that does not fit or a limit (with
 * jackson-core's {@code StreamConstraintsException} as the cause), {@code JsonMappingException}
 * for violations; locations without the source, as the mapper's defaults show them.
 */
final class Jackson2Failures implements Utf8Failures {

  static final Jackson2Failures INSTANCE = new Jackson2Failures();

  private Jackson2Failures() {}

  private static JsonLocation location(Utf8Location at) {
    return new JsonLocation(ContentReference.redacted(), at.byteOffset(), at.charOffset(), at.line(), at.column());
  }

  @Override
  public IOException syntax(String message, Utf8Location location) {
    return new JsonParseException((JsonParser) null, message, location(location));
  }

  @Override
  public IOException mismatch(String message, Utf8Location location) {
    return new DirectMismatch(message, location(location));
  }

  @Override
  public IOException violations(String message, Utf8Location location, ModelValidationException cause) {
    return new JsonMappingException(message, location(location), cause);
  }

  @Override
  public IOException limit(String message, Utf8Location location, String problem) {
    DirectMismatch e = new DirectMismatch(message, location(location));
    e.initCause(new StreamConstraintsException(problem));
    return e;
  }
}
