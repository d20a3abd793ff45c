package io.apimodel.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The wording helpers of generated Javadoc: articles for type names, and line breaks. */
class JavadocsTest {

  @Test
  void articleAsTheNameIsReadAloud() {
    for (String name : List.of("Item", "Integer", "Update", "Unknown", "Order", "Error", "FQDN", "SLA", "IPAddress")) {
      assertEquals("an", Javadocs.article(name), name);
    }
    for (String name : List.of("Task", "String", "User", "Unit", "UUID", "VM", "Euro", "BigDecimal", "Long")) {
      assertEquals("a", Javadocs.article(name), name);
    }
  }

  @Test
  void wrapBreaksAtSpacesOutsideTagsAndCode() {
    String text = "An {@link Item}: {@link Payload#item()}; in JSON an object with <code>\"$objectType\": \"x\"</code>.";
    assertEquals(List.of("An {@link Item}: {@link Payload#item()}; in JSON an object with",
        "<code>\"$objectType\": \"x\"</code>."), Javadocs.wrap(text, 70));
    assertEquals(List.of(text), Javadocs.wrap(text, 200));
    assertEquals(List.of("{@link a b c d e f}"), Javadocs.wrap("{@link a b c d e f}", 5));
  }
}
