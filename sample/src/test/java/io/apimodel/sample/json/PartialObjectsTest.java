package io.apimodel.sample.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SPEC §5, read: a {@code @Required} member absent from the document is not a violation on read
 * (APIs return partial objects, such as a {@code $select=extId} projection or a list summary); a
 * present {@code null} still is, and {@code validate()}/{@code build()} still report the absent one.
 */
class PartialObjectsTest {

  @Test
  void aProjectionWithoutRequiredMembersReads() {
    Selection s = Json.read("{\"extId\":\"a\",\"children\":[{\"name\":\"only a name\"}]}", Selection.class);
    assertEquals("a", s.extId());
    assertEquals("only a name", s.children().get(0).name());
    assertEquals(List.of("name", "children[0].extId"), s.validate().stream().map(Violation::path).toList());
    ModelValidationException e = assertThrows(ModelValidationException.class, () -> s.toBuilder().build());
    assertEquals(List.of("name", "children[0].extId"), e.violations().stream().map(Violation::path).toList());
    assertEquals("{\"extId\":\"a\",\"children\":[{\"name\":\"only a name\"}]}", Json.write(s));
  }

  @Test
  void aPresentNullIsStillAViolation() {
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> Json.MAPPER.readValue("{\"extId\":\"a\",\"children\":[{\"extId\":\"b\",\"name\":null}]}", Selection.class));
    ModelValidationException invalid = assertInstanceOf(ModelValidationException.class, e.getCause());
    // name is absent at the top (not a violation on read), present and null in children[0] (one).
    assertEquals(List.of("children[0].name"), invalid.violations().stream().map(Violation::path).toList());
    assertTrue(e.getMessage().contains("Invalid value for `children[0].name`, must not be null"), e.getMessage());
  }

  @Test
  void otherConstraintsStillApplyToWhatIsThere() {
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> Json.MAPPER.readValue("{\"children\":[null]}", Selection.class));
    ModelValidationException invalid = assertInstanceOf(ModelValidationException.class, e.getCause());
    assertEquals(List.of("children[0]"), invalid.violations().stream().map(Violation::path).toList());
  }
}
