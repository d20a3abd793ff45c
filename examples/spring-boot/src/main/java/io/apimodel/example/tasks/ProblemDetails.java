package io.apimodel.example.tasks;

import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * A request body that the generated classes refuse becomes an RFC 9457 problem detail (400): for
 * broken constraints, every violation with its path ({@code progressPercentage},
 * {@code entitiesAffected[0].name}); for JSON that does not fit, Jackson's message, which names the
 * path too.
 */
@RestControllerAdvice
public class ProblemDetails {

  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ProblemDetail unreadable(HttpMessageNotReadableException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ModelValidationException invalid) {
        problem.setTitle("Constraint violations");
        problem.setDetail(invalid.violations().size() + " constraint(s) broken");
        List<Map<String, String>> violations = invalid.violations().stream()
            .map(ProblemDetails::violation).toList();
        problem.setProperty("violations", violations);
        return problem;
      }
    }
    problem.setTitle("Unreadable JSON");
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JacksonException jackson) {
        problem.setDetail(jackson.getOriginalMessage());
        return problem;
      }
    }
    problem.setDetail("The request body is not a JSON document");
    return problem;
  }

  private static Map<String, String> violation(Violation v) {
    return Map.of("path", v.path(), "message", v.message());
  }
}
