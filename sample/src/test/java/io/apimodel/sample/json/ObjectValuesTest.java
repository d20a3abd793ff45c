package io.apimodel.sample.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import io.apimodel.sample.common.v1.config.KVPair;
import io.apimodel.sample.prism.v4.config.TaskReferenceInternal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An {@code Object} property ({@code KVPair.value}) holds any JSON value. A generated model in it is
 * written as its JSON object (and validated as a nested model: see graphs.ModelsInObjectValuesTest);
 * a value without a JSON form is refused by the setter and by {@code build()}, never written as its
 * {@code toString()}.
 */
class ObjectValuesTest {

  private static TaskReferenceInternal ref(String extId) {
    return TaskReferenceInternal.builder().extId(extId).href("https://pc/api/" + extId).rel("parent").build();
  }

  @Test
  void aModelIsWrittenAsItsJsonObject() {
    KVPair pair = KVPair.builder().name("owner").value(ref("ZXJnb24=:00000000-0000-0000-0000-000000000001")).build();
    Json.assertSameJson(
        "{\"$objectType\": \"common.v1.config.KVPair\", \"$reserved\": {\"$fv\": \"v1.r0\"}, \"name\": \"owner\","
            + " \"value\": {\"$objectType\": \"prism.v4.config.TaskReferenceInternal\", \"$reserved\": {\"$fv\": \"v4.r0\"}, \"href\": \"https://pc/api/ZXJnb24=:00000000-0000-0000-0000-000000000001\", \"rel\": \"parent\", \"extId\": \"ZXJnb24=:00000000-0000-0000-0000-000000000001\"}}",
        Json.write(pair));
    // Read back, the value is what JSON gives an Object: a map, from which the model reads again.
    KVPair back = Json.read(Json.write(pair), KVPair.class);
    assertEquals(Map.of("$objectType", "prism.v4.config.TaskReferenceInternal", "$reserved", Map.of("$fv", "v4.r0"),
        "extId", "ZXJnb24=:00000000-0000-0000-0000-000000000001", "href", "https://pc/api/ZXJnb24=:00000000-0000-0000-0000-000000000001", "rel", "parent"), back.value());
    assertEquals(ref("ZXJnb24=:00000000-0000-0000-0000-000000000001"), Json.read(Json.write(back.value()), TaskReferenceInternal.class));
  }

  @Test
  void modelsInListsAndMapsToo() {
    KVPair pair = KVPair.builder().name("refs").value(List.of(ref("ZXJnb24=:00000000-0000-0000-0000-00000000000a"), Map.of("b", ref("ZXJnb24=:00000000-0000-0000-0000-00000000000b")))).build();
    Json.assertSameJson(
        "{\"$objectType\": \"common.v1.config.KVPair\", \"$reserved\": {\"$fv\": \"v1.r0\"}, \"name\": \"refs\", \"value\": ["
            + "{\"$objectType\": \"prism.v4.config.TaskReferenceInternal\", \"$reserved\": {\"$fv\": \"v4.r0\"}, \"href\": \"https://pc/api/ZXJnb24=:00000000-0000-0000-0000-00000000000a\", \"rel\": \"parent\", \"extId\": \"ZXJnb24=:00000000-0000-0000-0000-00000000000a\"},"
            + " {\"b\": {\"$objectType\": \"prism.v4.config.TaskReferenceInternal\", \"$reserved\": {\"$fv\": \"v4.r0\"}, \"href\": \"https://pc/api/ZXJnb24=:00000000-0000-0000-0000-00000000000b\", \"rel\": \"parent\", \"extId\": \"ZXJnb24=:00000000-0000-0000-0000-00000000000b\"}}]}",
        Json.write(pair));
  }

  @Test
  void aDateIsWrittenAsItsRfc3339String() {
    KVPair pair = KVPair.builder().name("when").value(OffsetDateTime.parse("2024-06-07T08:09:10.5+02:00")).build();
    Json.assertSameJson(
        "{\"$objectType\": \"common.v1.config.KVPair\", \"$reserved\": {\"$fv\": \"v1.r0\"}, \"name\": \"when\", \"value\": \"2024-06-07T08:09:10.5+02:00\"}",
        Json.write(pair));
  }

  @Test
  void theSetterRefusesAValueWithoutAJsonForm() {
    KVPair pair = KVPair.builder().name("owner").value("kept").build();
    Object thread = new Thread("worker");
    ModelValidationException e = assertThrows(ModelValidationException.class, () -> pair.setValue(thread));
    assertEquals("Invalid value for `value`, must be null, a String, a Boolean, a number, a List, a Map, a date,"
        + " a UUID, an enum or a generated model, not a java.lang.Thread", e.getMessage());
    assertEquals(List.of("value"), e.violations().stream().map(Violation::path).toList());
    assertEquals("kept", pair.value(), "the object is unchanged");
  }

  @Test
  void buildRefusesOneInsideAList() {
    KVPair.Builder builder = KVPair.builder().name("owner").value(List.of("a", Map.of("k", new StringBuilder("sb"))));
    ModelValidationException e = assertThrows(ModelValidationException.class, builder::build);
    assertEquals("Invalid value for `value[1][k]`, must be null, a String, a Boolean, a number, a List, a Map, a date,"
        + " a UUID, an enum or a generated model, not a java.lang.StringBuilder", e.getMessage());
    assertEquals("sb", e.violations().get(0).invalidValue());
  }

  @Test
  void putUnknownFieldRefusesOneToo() {
    KVPair pair = KVPair.builder().name("owner").build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> pair.putUnknownField("extra", List.of(1, new Object())));
    assertEquals("unknown field `extra` at [1]: must be null, a String, a Boolean, a number, a List, a Map, a date,"
        + " a UUID, an enum or a generated model, not a java.lang.Object", e.getMessage());
    assertFalse(pair.unknownFields().containsKey("extra"));
    pair.putUnknownField("extra", ref("ZXJnb24=:00000000-0000-0000-0000-00000000000c"));
    assertTrue(Json.write(pair).endsWith(",\"extra\":{\"$objectType\":\"prism.v4.config.TaskReferenceInternal\","
        + "\"$reserved\":{\"$fv\":\"v4.r0\"},\"href\":\"https://pc/api/ZXJnb24=:00000000-0000-0000-0000-00000000000c\",\"rel\":\"parent\",\"extId\":\"ZXJnb24=:00000000-0000-0000-0000-00000000000c\"}}"), Json.write(pair));
  }
}
