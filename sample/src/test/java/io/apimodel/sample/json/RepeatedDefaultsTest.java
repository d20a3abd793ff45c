package io.apimodel.sample.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.apimodel.sample.prism.v4.config.Task;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code @Default} strings and string maps ({@code $objectType}, {@code $reserved}) are written from
 * their kept JSON text when they repeat: the bytes must be exactly those of writing them as usual,
 * whatever the mapper's output settings.
 */
class RepeatedDefaultsTest {

  private static Task task() {
    return Json.readTask(Json.resource("fixtures/nutanix/task-register-pc.json"));
  }

  /** What Jackson writes for the same content as a tree, with the same mapper: the usual way. */
  private static String viaTree(ObjectMapper mapper, String compact) throws Exception {
    return mapper.writeValueAsString(mapper.readTree(compact));
  }

  @Test
  void theSameValueWrittenAgainGivesTheSameBytes() throws Exception {
    Task task = task();
    String first = Json.MAPPER.writeValueAsString(task);
    String second = Json.MAPPER.writeValueAsString(task);

    assertEquals(first, second);
    assertEquals(viaTree(Json.MAPPER, first), first);
    assertTrue(first.contains("\"$objectType\":\"prism.v4.config.Task\""), first);
    assertTrue(first.contains("\"$reserved\":{\"$fv\":\"v4.r0.b1\"}"), first);
  }

  @Test
  void prettyPrintingIndentsTheMapsToo() throws Exception {
    ObjectMapper pretty = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    Task task = task();
    pretty.writeValueAsString(task);

    String written = pretty.writeValueAsString(task);

    assertEquals(viaTree(pretty, Json.MAPPER.writeValueAsString(task)), written);
    assertTrue(written.contains("\"$reserved\" : {\n"), written);
  }

  @Test
  void unquotedNamesAndEscapedNonAsciiAreHonoured() throws Exception {
    ObjectMapper unquoted = JsonMapper.builder().disable(JsonWriteFeature.QUOTE_FIELD_NAMES)
        .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    Task task = task();
    unquoted.writeValueAsString(task);

    String written = unquoted.writeValueAsString(task);

    assertEquals(viaTree(unquoted, Json.MAPPER.writeValueAsString(task)), written);
    assertTrue(written.contains("$reserved:{$fv:\"v4.r0.b1\"}"), written);
  }

  @Test
  void customCharacterEscapesApplyToRepeatedValues() throws Exception {
    ObjectMapper escaping = new ObjectMapper();
    escaping.getFactory().setCharacterEscapes(new CharacterEscapes() {
      private final int[] escapes = standardAsciiEscapesForJSON();
      {
        escapes['.'] = CharacterEscapes.ESCAPE_CUSTOM;
      }

      @Override
      public int[] getEscapeCodesForAscii() {
        return escapes;
      }

      @Override
      public SerializableString getEscapeSequence(int ch) {
        return new SerializedString("\\u002e");
      }
    });
    Task task = task();
    escaping.writeValueAsString(task);

    String written = escaping.writeValueAsString(task);

    assertTrue(written.contains("\"$objectType\":\"prism\\u002ev4\\u002econfig\\u002eTask\""), written);
  }

  @Test
  void treesGetTheValuesNotRawText() {
    Task task = task();
    Json.MAPPER.valueToTree(task);

    JsonNode tree = Json.MAPPER.valueToTree(task);

    assertEquals("prism.v4.config.Task", tree.get("$objectType").asText());
    assertTrue(tree.get("$reserved").isObject(), tree.toString());
    assertEquals("v4.r0.b1", tree.get("$reserved").get("$fv").asText());
  }

  @Test
  void valuesThatNeedEscapingAreWrittenAsUsual() throws Exception {
    Task task = task();
    task.setObjectType("say \"hi\"\n");
    task.setReserved(Map.of("$fv", "é\\"));

    String once = Json.MAPPER.writeValueAsString(task);
    String twice = Json.MAPPER.writeValueAsString(task);

    assertEquals(once, twice);
    assertEquals(viaTree(Json.MAPPER, once), once);
    assertTrue(once.contains("\"$objectType\":\"say \\\"hi\\\"\\n\""), once);
  }

  @Test
  void aDifferentValueIsNotTheKeptOne() throws Exception {
    Task task = task();
    Json.MAPPER.writeValueAsString(task);
    task.setObjectType("prism.v4.config.TaskV2");

    String written = Json.MAPPER.writeValueAsString(task);

    assertTrue(written.contains("\"$objectType\":\"prism.v4.config.TaskV2\""), written);
  }
}
