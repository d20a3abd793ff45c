package io.apimodel.sample.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.apimodel.runtime.ModelValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What README.md's "30-second example" promises. */
class ReadmeExampleTest {

  @Test
  void theSetterRejectsAndKeepsTheOldValue() {
    Step step = Step.builder().name("Copy disks").progressPercentage(40).addNotes("fast path").build();
    ModelValidationException e = assertThrows(ModelValidationException.class, () -> step.setProgressPercentage(101));
    assertEquals("Invalid value for `progressPercentage`, must be a value less than or equal to `100`", e.getMessage());
    assertEquals(40, step.progressPercentage());
    assertEquals(List.of("fast path"), step.notes());
  }

  @Test
  void buildListsBothViolations() {
    ModelValidationException e = assertThrows(ModelValidationException.class,
        () -> Step.builder().name("x".repeat(513)).progressPercentage(-1).build());
    assertEquals("Invalid value for `name`, length must be less than or equal to `512`; "
        + "Invalid value for `progressPercentage`, must be a value greater than or equal to `0`", e.getMessage());
  }
}
