package io.apimodel.runtime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a model would break its declared constraints: by a setter, by a builder's
 * {@code build()} and when JSON is read. It lists every violation found, not only the first; its
 * message is their messages joined by {@code "; "}.
 */
public class ModelValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /**
   * Creates the exception for the given violations.
   *
   * @param violations what is wrong, in property order, depth first; must not be empty
   */
  public ModelValidationException(List<Violation> violations) {
    super(messageOf(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ModelValidationException needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /** Every violation, in property order, depth first. */
  public List<Violation> violations() {
    return violations;
  }

  private static String messageOf(List<Violation> violations) {
    return violations.stream().map(Violation::message).collect(Collectors.joining("; "));
  }
}
