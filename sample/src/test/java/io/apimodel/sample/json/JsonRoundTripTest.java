package io.apimodel.sample.json;

import static io.apimodel.sample.json.Json.readTask;
import static io.apimodel.sample.json.Json.resource;
import static io.apimodel.sample.json.Json.tree;
import static io.apimodel.sample.json.Json.write;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.apimodel.sample.common.v1.config.MessageSeverity;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 4, point 4 (SPEC §5 "Nothing is lost"): read-then-write with a plain ObjectMapper gives
 * back every member of the input with an equal value and adds only {@code @Default} members the
 * input lacked. Compared as JSON trees.
 */
class JsonRoundTripTest {

  static final String NEWER = "fixtures/newer/task-v4.2.json";

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "fixtures/nutanix/task-register-pc.json",
        "fixtures/nutanix/task-failed-batch.json",
        NEWER,
        "fixtures/bench/task-large.json",
        "fixtures/bench/task-small.json"
      })
  void readThenWriteLosesNothing(String fixture) {
    String input = resource(fixture);

    String output = write(readTask(input));

    List<String> lost = JsonTrees.differences(tree(input), tree(output), JsonTrees.TASK_DEFAULTS);
    assertEquals(List.of(), lost, () -> "round trip of " + fixture + " wrote:\n" + output);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "fixtures/nutanix/task-register-pc.json",
        "fixtures/nutanix/task-failed-batch.json",
        NEWER
      })
  void aSecondRoundTripChangesNothing(String fixture) {
    Task first = readTask(resource(fixture));
    String once = write(first);

    Task second = readTask(once);
    String twice = write(second);

    assertEquals(first, second);
    assertEquals(once, twice);
  }

  @Test
  void theOnlyMembersAddedToTheFailedBatchFixtureAreDefaults() {
    JsonNode input = tree(resource("fixtures/nutanix/task-failed-batch.json"));

    JsonNode output = Json.writtenTree(readTask(input.toString()));

    List<String> addedAtTop = Json.names(output);
    addedAtTop.removeAll(Json.names(input));
    assertEquals(List.of("$objectType", "$reserved"), addedAtTop);
    assertEquals("prism.v4.config.Task", output.get("$objectType").asText());
    assertEquals(tree("{\"$fv\": \"v4.r0\"}"), output.get("$reserved"));
    assertEquals(input.get("errorMessages"), output.get("errorMessages"));
  }

  @Test
  void theNewerPayloadKeepsWhatThisSdkDoesNotKnow() {
    Task task = readTask(resource(NEWER));

    assertAll(
        () -> assertEquals(TaskStatus.$UNKNOWN, task.status()),
        () -> assertEquals("PAUSED_FOR_APPROVAL", task.toDict().get("status")),
        () ->
            assertEquals(
                List.of("appName", "resourceLinks", "batchSummary", "projectExtId"),
                List.copyOf(task.unknownFields().keySet())),
        () -> assertEquals("prism-central", task.unknownFields().get("appName")),
        () -> assertTrue(task.unknownFields().get("resourceLinks") instanceof List),
        () -> assertTrue(task.unknownFields().get("batchSummary") instanceof Map),
        () -> assertEquals(Map.of("$fv", "v4.r2", "$rev", "3"), task.reserved()),
        () -> assertEquals(MessageSeverity.$UNKNOWN, task.warnings().get(0).severity()),
        () -> assertEquals("NOTICE", task.warnings().get(0).toDict().get("severity")),
        () -> assertEquals("en_US", task.warnings().get(0).locale()),
        () ->
            assertEquals(
                List.of("status", "progressPercentage"),
                List.copyOf(task.subTasks().get(1).unknownFields().keySet())),
        () ->
            assertEquals(
                List.of("email", "identity"), List.copyOf(task.ownedBy().unknownFields().keySet())),
        () -> assertEquals(List.of(), task.validate()));
  }

  @Test
  void listItemsWithoutObjectTypeGetTheDefaultAndItIsWrittenOut() {
    Task task = readTask(resource(NEWER));

    JsonNode out = Json.writtenTree(task);

    for (int i = 0; i < 3; i++) {
      assertEquals(
          "prism.v4.config.EntityReference",
          out.get("entitiesAffected").get(i).get("$objectType").asText(),
          "entitiesAffected[" + i + "]");
    }
    assertEquals(
        "prism.v4.config.TaskReferenceInternal",
        out.get("subTasks").get(1).get("$objectType").asText());
  }

  @Test
  void unknownDecimalsComeBackWithAllTheirDigits() {
    String input =
        "{\"extId\": \"ZXJnb24=:278bbfc2-280f-529b-882b-14ea649b9a95\","
            + " \"batchSummary\": {\"successRatio\": 0.1000000000000000055511151231257827,"
            + " \"costUsd\": 12345678901234567.25}}";

    String output = write(readTask(input));

    assertEquals(
        List.of(),
        JsonTrees.differences(tree(input), tree(output), JsonTrees.TASK_DEFAULTS),
        () -> "wrote " + output);
  }

  @Test
  void unknownNumbersBeyondDoubleRangeStayNumbers() {
    String input =
        "{\"extId\": \"ZXJnb24=:278bbfc2-280f-529b-882b-14ea649b9a95\", \"quota\": 1e400}";

    String output = write(readTask(input));

    assertEquals(
        List.of(),
        JsonTrees.differences(tree(input), tree(output), JsonTrees.TASK_DEFAULTS),
        () -> "wrote " + output);
  }

  /**
   * A documented limit (README): nulls are omitted on write, so a JSON null for a declared property
   * does not come back; a null inside an unknown member does.
   */
  @Test
  void aJsonNullForADeclaredPropertyIsNotWrittenBackButAnUnknownNullIs() {
    String input = "{\"legacyErrorMessage\": null, \"deprecatedField\": null}";

    JsonNode output = Json.writtenTree(readTask(input));

    assertEquals(List.of("$objectType", "$reserved", "deprecatedField"), Json.names(output));
    assertTrue(output.get("deprecatedField").isNull());
  }

  // The comparison helper itself: each kind of loss is reported with its path.

  @Test
  void helperReportsAChangedValueWithItsPath() {
    List<String> differences =
        JsonTrees.differences(
            tree("{\"subTasks\": [{\"extId\": \"a\"}, {\"extId\": \"b\"}]}"),
            tree("{\"subTasks\": [{\"extId\": \"a\"}, {\"extId\": \"c\"}]}"),
            JsonTrees.TASK_DEFAULTS);

    assertEquals(List.of("`subTasks[1].extId`: expected \"b\", got \"c\""), differences);
  }

  @Test
  void helperReportsAMissingMemberWithItsPath() {
    List<String> differences =
        JsonTrees.differences(
            tree("{\"ownedBy\": {\"name\": \"admin\", \"email\": \"a@b\"}}"),
            tree("{\"ownedBy\": {\"name\": \"admin\"}}"),
            JsonTrees.TASK_DEFAULTS);

    assertEquals(1, differences.size(), differences::toString);
    assertTrue(differences.get(0).startsWith("`ownedBy.email`: missing"), differences::toString);
  }

  @Test
  void helperReportsAChangedTypeAndALostItem() {
    List<String> differences =
        JsonTrees.differences(
            tree("{\"a\": 1, \"b\": [1, 2]}"), tree("{\"a\": \"1\", \"b\": [1]}"), JsonTrees.NONE);

    assertEquals(2, differences.size(), differences::toString);
    assertTrue(differences.get(0).startsWith("`a`: expected 1, got \"1\""), differences::toString);
    assertTrue(differences.get(1).startsWith("`b`: 2 items"), differences::toString);
  }

  @Test
  void helperComparesNumbersByValueButKeepsEveryDigit() {
    assertEquals(
        List.of(),
        JsonTrees.differences(tree("[1, 1.50, 10]"), tree("[1, 1.5, 10]"), JsonTrees.NONE));
    assertEquals(
        1,
        JsonTrees.differences(tree("[0.10000000000000001]"), tree("[0.1]"), JsonTrees.NONE).size());
  }

  @Test
  void helperAllowsOnlyDefaultPropertiesToBeAdded() {
    JsonNode input = tree("{\"errorMessages\": [{\"code\": \"X\"}], \"batch\": {\"a\": 1}}");
    JsonNode output =
        tree(
            "{\"$objectType\": \"t\", \"$reserved\": {}, \"errorMessages\": [{\"code\": \"X\","
                + " \"locale\": \"en_US\", \"$objectType\": \"m\"}], \"batch\": {\"a\": 1,"
                + " \"$objectType\": \"x\", \"locale\": \"y\"}, \"locale\": \"z\"}");

    List<String> differences = JsonTrees.differences(input, output, JsonTrees.TASK_DEFAULTS);

    assertEquals(3, differences.size(), differences::toString);
    assertTrue(differences.get(0).startsWith("`batch.$objectType`: added"), differences::toString);
    assertTrue(differences.get(1).startsWith("`batch.locale`: added"), differences::toString);
    assertTrue(differences.get(2).startsWith("`locale`: added"), differences::toString);
  }
}
