package io.apimodel.runtime.jackson3;

import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.jackson.Utf8Failures;
import io.apimodel.runtime.jackson.Utf8Location;
import java.io.IOException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.ContentReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The failures of apimodel's UTF-8 reader as Jackson 3 reports them, thrown (Jackson 3's exceptions
 * are unchecked): {@code StreamReadException} for input that is not JSON,
 * {@code MismatchedInputException} for a value that does not fit or a limit (with
 * {@code StreamConstraintsException} as the cause), {@code DatabindException} with the
 * {@link ModelValidationException} as the direct cause for violations. Messages and locations are
 * those of the Jackson 2 entry points.
 */
final class Jackson3Failures implements Utf8Failures {

  static final Jackson3Failures INSTANCE = new Jackson3Failures();

  /** Jackson 3's default limits, which its parsers enforce and so this reader too. */
  private static final StreamReadConstraints LIMITS = StreamReadConstraints.defaults();

  private Jackson3Failures() {}

  @Override
  public int maxDepth() {
    return LIMITS.getMaxNestingDepth();
  }

  @Override
  public int maxStringLength() {
    return LIMITS.getMaxStringLength();
  }

  private static TokenStreamLocation location(Utf8Location at) {
    return new TokenStreamLocation(ContentReference.redacted(), at.byteOffset(), at.charOffset(), at.line(), at.column());
  }

  @Override
  public IOException syntax(String message, Utf8Location location) {
    throw new StreamReadException(null, message, location(location));
  }

  @Override
  public IOException mismatch(String message, Utf8Location location) {
    throw new Mismatch(message, location(location), null);
  }

  @Override
  public IOException violations(String message, Utf8Location location, ModelValidationException cause) {
    throw new Violations(message, location(location), cause);
  }

  @Override
  public IOException limit(String message, Utf8Location location, String problem) {
    throw new Mismatch(message, location(location), new StreamConstraintsException(problem));
  }

  /**
   * A value that does not fit, with the location and without a parser to point at; for a limit,
   * with jackson-core's exception as the cause (which Jackson 3's constructors of this type do not take).
   */
  static final class Mismatch extends MismatchedInputException {
    private static final long serialVersionUID = 1L;
    private final Throwable cause;

    Mismatch(String message, TokenStreamLocation location, Throwable cause) {
      super(null, message, location);
      this.cause = cause;
    }

    @Override
    public synchronized Throwable getCause() {
      return cause;
    }
  }

  /** A document's violations, with the location and without a parser to point at. */
  static final class Violations extends DatabindException {
    private static final long serialVersionUID = 1L;

    Violations(String message, TokenStreamLocation location, ModelValidationException cause) {
      super(message, location, cause);
    }
  }
}
