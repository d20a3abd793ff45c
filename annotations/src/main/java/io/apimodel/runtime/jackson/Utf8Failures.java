package io.apimodel.runtime.jackson;

import io.apimodel.runtime.ModelValidationException;
import java.io.IOException;

/**
 * How the failures of {@link Utf8Input}, which depends on no Jackson, become the exceptions of the
 * Jackson line that reads: Jackson 2's (returned, checked) or Jackson 3's (thrown, unchecked). The
 * messages and locations are made by {@code Utf8Input} and are the same for both.
 */
public interface Utf8Failures {

  /** The nesting limit of the Jackson line (jackson-core's default {@code StreamReadConstraints}). */
  default int maxDepth() {
    return Utf8Input.MAX_DEPTH;
  }

  /** The string length limit of the Jackson line. */
  default int maxStringLength() {
    return Utf8Input.MAX_STRING_LENGTH;
  }

  /** Input that is not JSON: {@code Unexpected character ('x' (code 120)): ...}. */
  IOException syntax(String message, Utf8Location location);

  /** A value that does not fit: {@code Invalid JSON at `path`: problem}. */
  IOException mismatch(String message, Utf8Location location);

  /** A document that breaks constraints, with their exception as the direct cause. */
  IOException violations(String message, Utf8Location location, ModelValidationException cause);

  /** A stream limit hit ({@code problem} says which), reported as a value that does not fit. */
  IOException limit(String message, Utf8Location location, String problem);

  /**
   * For a value read inside a document that a {@link Utf8Cursor} reads: no exception is made, a
   * failure only sends the document to the exact reader (see {@code CursorValues}).
   */
  Utf8Failures DETOURS = new Utf8Failures() {
    /** Thrown for every failure: the caller only needs to know there was one. */
    private final IOException detoured = new IOException("detour") {
      private static final long serialVersionUID = 1L;

      @Override
      public synchronized Throwable fillInStackTrace() {
        return this; // one shared instance: no stack to keep
      }
    };

    @Override
    public IOException syntax(String message, Utf8Location location) {
      return detoured;
    }

    @Override
    public IOException mismatch(String message, Utf8Location location) {
      return detoured;
    }

    @Override
    public IOException violations(String message, Utf8Location location, ModelValidationException cause) {
      return detoured;
    }

    @Override
    public IOException limit(String message, Utf8Location location, String problem) {
      return detoured;
    }
  };
}
