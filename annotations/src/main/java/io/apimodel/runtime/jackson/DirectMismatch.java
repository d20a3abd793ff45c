package io.apimodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A value that does not fit, read by {@link Utf8Input}: the path in its message and the location,
 * as the mapper reports it ({@code MismatchedInputException}) without a parser to point at.
 */
final class DirectMismatch extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  DirectMismatch(String message, JsonLocation location) {
    super(null, message); // leaves the cause open, for a limit's
    _location = location;
  }
}
