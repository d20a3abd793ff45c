package io.apimodel.runtime.internal;

import io.apimodel.runtime.ModelValidationException;
import java.io.IOException;

/**
 * How the reader of a {@link JsonTokens} reports what does not fit, when the tokens came from a
 * JSON library that has exceptions of its own: Jackson 2's reader makes its exceptions here, so
 * that classes compiled with jackson-annotations only fail exactly as the generated codec does.
 */
public interface JsonFailures {

  /** A value that does not fit, at {@code path} inside the object the tokens hold. */
  IOException invalid(String path, String problem);

  /** The object read breaks constraints. */
  IOException violations(Class<?> type, ModelValidationException violations);
}
