package io.apimodel.sample.defaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC §2: a @Default method is evaluated once per new instance (constructor and builder()). */
class DefaultEvaluationTest {

  @Test
  void evaluatedOncePerNewInstance() {
    int before = StampedModel.CALLS.get();
    Stamped first = new Stamped();
    Stamped second = new Stamped();
    Stamped built = Stamped.builder().build();

    assertEquals(before + 3, StampedModel.CALLS.get());
    assertNotEquals(first.stamps(), second.stamps());
    assertNotEquals(second.stamps(), built.stamps());
    assertEquals(List.of("a", "b"), first.labels());
    assertEquals(first.labels(), second.labels());
    assertThrows(UnsupportedOperationException.class, () -> first.labels().add("c"));
  }

  @Test
  void jsonReadEvaluatesOnlyTheDefaultsOfAbsentMembers() throws Exception {
    int before = StampedModel.CALLS.get();
    Stamped read = new ObjectMapper().readValue("{\"stamps\": [\"given\"]}", Stamped.class);

    assertEquals(List.of("given"), read.stamps());
    assertEquals(List.of("a", "b"), read.labels());
    assertEquals(before, StampedModel.CALLS.get());
  }
}
