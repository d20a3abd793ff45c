package io.apimodel.sample.json;

import static io.apimodel.sample.json.Json.MAPPER;
import static io.apimodel.sample.json.Json.readTask;
import static io.apimodel.sample.json.Json.resource;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import io.apimodel.sample.common.v1.config.KVPair;
import io.apimodel.sample.common.v1.config.MessageSeverity;
import io.apimodel.sample.prism.v4.config.EntityReference;
import io.apimodel.sample.prism.v4.config.OwnerReference;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskStatus;
import io.apimodel.sample.prism.v4.error.AppMessage;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 4, point 3 / SPEC §5 "Read": the fixtures' values, fractional seconds of any length,
 * missing properties, unknown members, optional {@code $objectType}, wrong JSON types and
 * constraint violations failing with the JSON path.
 */
class JsonReadTest {

  static final String TASK_ID = "ZXJnb24=:278bbfc2-280f-529b-882b-14ea649b9a95";

  @Test
  void readsTheRegisterPcFixture() {
    Task task = readTask(resource("fixtures/nutanix/task-register-pc.json"));

    assertAll(
        () -> assertEquals(TASK_ID, task.extId()),
        () -> assertEquals("Register", task.operation()),
        () -> assertEquals("Register PC", task.operationDescription()),
        () -> assertEquals(OffsetDateTime.parse("2024-06-07T11:11:34.839373Z"), task.createdTime()),
        () -> assertEquals(OffsetDateTime.parse("2024-06-07T11:11:34.853530Z"), task.startedTime()),
        () ->
            assertEquals(OffsetDateTime.parse("2024-06-07T11:11:42.078697Z"), task.completedTime()),
        () ->
            assertEquals(
                OffsetDateTime.parse("2024-06-07T11:11:42.078696Z"), task.lastUpdatedTime()),
        () -> assertEquals(ZoneOffset.UTC, task.createdTime().getOffset()),
        () -> assertEquals(100, task.progressPercentage()),
        () -> assertEquals(TaskStatus.SUCCEEDED, task.status()),
        () -> assertEquals(false, task.isCancelable()),
        () -> assertEquals(false, task.isBackgroundTask()),
        () -> assertEquals("prism.v4.config.Task", task.objectType()),
        () -> assertEquals(Map.of("$fv", "v4.r0.b1"), task.reserved()),
        () -> assertEquals(1, task.entitiesAffected().size()),
        () -> assertEquals("domain_manager", task.entitiesAffected().get(0).name()),
        () ->
            assertEquals(
                "148ee646-25d0-46f6-9977-61ad02acc5e1", task.entitiesAffected().get(0).extId()),
        () -> assertEquals("prism:management:domain_manager", task.entitiesAffected().get(0).rel()),
        () ->
            assertEquals(
                "prism.v4.config.EntityReference", task.entitiesAffected().get(0).objectType()),
        () -> assertEquals(Map.of("$fv", "v4.r0.b1"), task.entitiesAffected().get(0).reserved()),
        () -> assertEquals("admin", task.ownedBy().name()),
        () -> assertEquals("00000000-0000-0000-0000-000000000000", task.ownedBy().extId()),
        () -> assertNull(task.subTasks()),
        () -> assertNull(task.parentTask()),
        () -> assertEquals(Map.of(), task.unknownFields()),
        () -> assertEquals(List.of(), task.validate()));
  }

  @Test
  void readsTheFailedBatchFixture() {
    Task task = readTask(resource("fixtures/nutanix/task-failed-batch.json"));

    AppMessage error = task.errorMessages().get(0);
    assertAll(
        () -> assertEquals(1, task.errorMessages().size()),
        () -> assertEquals(MessageSeverity.ERROR, error.severity()),
        () -> assertEquals("TSKS-20801", error.code()),
        () -> assertEquals("en_US", error.locale()),
        () -> assertEquals("LEGACY_ERROR", error.errorGroup()),
        () -> assertEquals(Map.of("$fv", "v4.r2"), error.reserved()),
        () -> assertTrue(error.message().startsWith("Operation failed due to legacy error")),
        () -> assertEquals("1 subtask has failed.", task.legacyErrorMessage()),
        () -> assertEquals(10, task.numberOfSubtasks()),
        () -> assertEquals(9, task.numberOfEntitiesAffected()),
        () -> assertNull(task.extId()),
        () -> assertNull(task.status()),
        () -> assertEquals("prism.v4.config.Task", task.objectType()),
        () -> assertEquals(Map.of("$fv", "v4.r0"), task.reserved()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2024-06-07T11:11:34Z,                    0",
    "2024-06-07T11:11:34.8Z,                  800000000",
    "2024-06-07T11:11:34.85Z,                 850000000",
    "2024-06-07T11:11:34.853Z,                853000000",
    "2024-06-07T11:11:34.8535Z,               853500000",
    "2024-06-07T11:11:34.85353Z,              853530000",
    "2024-06-07T11:11:34.839373Z,             839373000",
    "2024-06-07T11:11:34.8393731Z,            839373100",
    "2024-06-07T11:11:34.839373123Z,          839373123",
    "2024-06-07T11:11:34.8393731234Z,         839373123",
    "2024-06-07T11:11:34.839373123000000000Z, 839373123",
    "2024-06-07T11:11:34.000000001Z,          1"
  })
  void fractionalSecondsOfAnyLengthAreAccepted(String value, int nanos) {
    Task task = readTask("{\"createdTime\": \"" + value + "\"}");

    assertEquals(34, task.createdTime().getSecond());
    assertEquals(nanos, task.createdTime().getNano());
    assertEquals(ZoneOffset.UTC, task.createdTime().getOffset());
  }

  @Test
  void offsetsAreKept() {
    Task task =
        readTask(
            "{\"createdTime\": \"2024-06-07T16:41:34.5+05:30\","
                + " \"startedTime\": \"2024-06-07T03:11:34-08:00\"}");

    assertEquals(OffsetDateTime.parse("2024-06-07T16:41:34.5+05:30"), task.createdTime());
    assertEquals(ZoneOffset.ofHoursMinutes(5, 30), task.createdTime().getOffset());
    assertEquals(ZoneOffset.ofHours(-8), task.startedTime().getOffset());
  }

  @Test
  void missingPropertiesStayNullOrTheirDefault() {
    Task task = readTask("{}");

    assertEquals(new Task(), task);
    assertEquals("prism.v4.config.Task", task.objectType());
    assertEquals(Map.of("$fv", "v4.r0"), task.reserved());
    assertNull(task.extId());
    assertNull(task.status());
    assertNull(task.subTasks());
    assertNull(task.createdTime());
  }

  @Test
  void missingDefaultsOfNestedModelsAreFilledIn() {
    Task task =
        readTask(
            "{\"errorMessages\": [{\"code\": \"X-1\"}], \"completionDetails\": [{\"name\":"
                + " \"abc\"}], \"subSteps\": [{}]}");

    AppMessage message = task.errorMessages().get(0);
    assertEquals("en_US", message.locale());
    assertEquals("prism.v4.error.AppMessage", message.objectType());
    assertEquals(Map.of("$fv", "v4.r0"), message.reserved());
    assertNull(message.severity());
    KVPair pair = task.completionDetails().get(0);
    assertEquals("common.v1.config.KVPair", pair.objectType());
    assertEquals(Map.of("$fv", "v1.r0"), pair.reserved());
    assertNull(pair.value());
    assertEquals("prism.v4.config.TaskStep", task.subSteps().get(0).objectType());
  }

  @Test
  void aDefaultPresentInTheInputIsReadAsSent() {
    AppMessage message =
        Json.read("{\"locale\": \"de_DE\", \"$objectType\": \"x.y.Z\"}", AppMessage.class);

    assertEquals("de_DE", message.locale());
    assertEquals("x.y.Z", message.objectType());
  }

  @Test
  void unknownMembersAreKeptWithTheirStructure() {
    Task task =
        readTask(
            "{\"appName\": \"prism-central\", \"extId\": \""
                + TASK_ID
                + "\","
                + " \"batchSummary\": {\"totalCount\": 10, \"ratio\": 0.8, \"detail\": null,"
                + " \"failed\": [{\"index\": 7}, null, \"x\", true]},"
                + " \"resourceLinks\": [{\"rel\": \"self\"}, {\"rel\": \"next\"}],"
                + " \"deprecated\": null}");

    Map<String, Object> unknown = task.unknownFields();
    assertEquals(
        List.of("appName", "batchSummary", "resourceLinks", "deprecated"),
        List.copyOf(unknown.keySet()));
    assertEquals("prism-central", unknown.get("appName"));
    assertTrue(unknown.containsKey("deprecated"));
    assertNull(unknown.get("deprecated"));
    Map<?, ?> summary = assertInstanceOf(Map.class, unknown.get("batchSummary"));
    assertEquals(10, ((Number) summary.get("totalCount")).intValue());
    assertEquals(0.8, ((Number) summary.get("ratio")).doubleValue());
    assertTrue(summary.containsKey("detail"));
    assertNull(summary.get("detail"));
    List<?> failed = assertInstanceOf(List.class, summary.get("failed"));
    assertEquals(4, failed.size());
    Map<?, ?> first = assertInstanceOf(Map.class, failed.get(0));
    assertEquals(7, ((Number) first.get("index")).intValue());
    assertEquals(Arrays.asList(null, "x", true), failed.subList(1, 4));
    List<?> links = assertInstanceOf(List.class, unknown.get("resourceLinks"));
    assertEquals(List.of(Map.of("rel", "self"), Map.of("rel", "next")), links);
    assertEquals(TASK_ID, task.extId());
  }

  @Test
  void unknownMembersOfNestedModelsAreKeptOnTheNestedModel() {
    Task task =
        readTask(
            "{\"ownedBy\": {\"name\": \"admin\", \"email\": \"a@b\"}, \"entitiesAffected\":"
                + " [{\"name\": \"e\"}, {\"name\": \"f\", \"labels\": {\"env\": \"poc\"}}]}");

    assertEquals(Map.of("email", "a@b"), task.ownedBy().unknownFields());
    assertEquals(Map.of(), task.entitiesAffected().get(0).unknownFields());
    assertEquals(
        Map.of("labels", Map.of("env", "poc")), task.entitiesAffected().get(1).unknownFields());
    assertEquals(Map.of(), task.unknownFields());
  }

  @Test
  void objectTypeIsOptionalOnEveryObject() {
    Task task =
        readTask(
            "{\"subTasks\": ["
                + "{\"$objectType\": \"prism.v4.config.TaskReferenceInternal\", \"extId\": \"ZXJnb24=:00000000-0000-0000-0000-00000000000a\"},"
                + " {\"extId\": \"ZXJnb24=:00000000-0000-0000-0000-00000000000b\"}, {\"extId\": \"ZXJnb24=:00000000-0000-0000-0000-00000000000c\"}],"
                + " \"ownedBy\": {\"name\": \"admin\"}, \"parentTask\": {\"extId\": \"ZXJnb24=:00000000-0000-0000-0000-00000000000d\"},"
                + " \"completionDetails\": [{\"name\": \"abc\", \"value\": 1}]}");

    assertEquals(3, task.subTasks().size());
    for (int i = 0; i < 3; i++) {
      assertEquals(
          "prism.v4.config.TaskReferenceInternal",
          task.subTasks().get(i).objectType(),
          "item " + i);
      assertEquals(Map.of(), task.subTasks().get(i).unknownFields());
    }
    assertEquals("ZXJnb24=:00000000-0000-0000-0000-00000000000c", task.subTasks().get(2).extId());
    assertEquals("prism.v4.config.OwnerReference", task.ownedBy().objectType());
    assertEquals("prism.v4.config.TaskReferenceInternal", task.parentTask().objectType());
    assertEquals("common.v1.config.KVPair", task.completionDetails().get(0).objectType());
    assertEquals("prism.v4.config.Task", task.objectType());
  }

  @Test
  void kvPairValueReadsAnyJsonValue() {
    Task task =
        readTask(
            "{\"completionDetails\": [{\"name\": \"str\", \"value\": \"3\"}, {\"name\": \"num\","
                + " \"value\": 3}, {\"name\": \"list\", \"value\": [1, \"a\"]}, {\"name\": \"map\","
                + " \"value\": {\"k\": [true]}}, {\"name\": \"nul\", \"value\": null}]}");

    List<KVPair> details = task.completionDetails();
    assertEquals("3", details.get(0).value());
    assertEquals(3, ((Number) details.get(1).value()).intValue());
    List<?> list = assertInstanceOf(List.class, details.get(2).value());
    assertEquals(2, list.size());
    assertEquals("a", list.get(1));
    assertEquals(Map.of("k", List.of(true)), details.get(3).value());
    assertNull(details.get(4).value());
  }

  @Test
  void nullMembersReadAsNull() {
    Task task =
        readTask("{\"extId\": null, \"subTasks\": null, \"status\": null, \"ownedBy\": null}");

    assertNull(task.extId());
    assertNull(task.subTasks());
    assertNull(task.status());
    assertNull(task.ownedBy());
    assertEquals(Map.of(), task.unknownFields());
  }

  // Wrong JSON types: the message names the JSON path of the value.

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"subTasks\": [{}, {}, {\"extId\": 42}]} | subTasks[2].extId",
        "{\"entitiesAffected\": [{\"name\": 7}]} | entitiesAffected[0].name",
        "{\"entitiesAffected\": [{\"name\": \"a\"}, \"b\"]} | entitiesAffected[1]",
        "{\"progressPercentage\": \"50\"} | progressPercentage",
        "{\"progressPercentage\": 50.5} | progressPercentage",
        "{\"isCancelable\": \"false\"} | isCancelable",
        "{\"ownedBy\": \"admin\"} | ownedBy",
        "{\"ownedBy\": {\"name\": [\"admin\"]}} | ownedBy.name",
        "{\"subSteps\": {\"name\": \"x\"}} | subSteps",
        "{\"clusterExtIds\": [\"a\", 2]} | clusterExtIds[1]",
        "{\"status\": 3} | status",
        "{\"createdTime\": 1717758694} | createdTime",
        "{\"$objectType\": {}} | $objectType",
        "{\"$reserved\": {\"$fv\": 4}} | $reserved[$fv]",
        "{\"warnings\": [{\"argumentsMap\": {\"vm\": \"a\", \"reason\": false}}]} |"
            + " warnings[0].argumentsMap[reason]",
        "{\"errorMessages\": [{}, {\"severity\": true}]} | errorMessages[1].severity",
        "{\"completionDetails\": [{\"name\": {\"a\": 1}, \"value\": 1}]} |"
            + " completionDetails[0].name",
        "{\"rootTask\": {\"href\": 1}} | rootTask.href"
      })
  void wrongJsonTypesFailWithThePath(String json, String path) {
    JacksonException e =
        assertThrows(JacksonException.class, () -> MAPPER.readValue(json, Task.class));

    assertTrue(e.getMessage().contains("`" + path + "`"), e::getMessage);
  }

  @Test
  void aWrongTypeIsNotReportedAsAViolation() {
    JacksonException e =
        assertThrows(
            JacksonException.class,
            () -> MAPPER.readValue("{\"progressPercentage\": \"100\"}", Task.class));

    assertTrue(e.getMessage().contains("`progressPercentage`"), e::getMessage);
    assertTrue(
        !(e.getCause() instanceof ModelValidationException), () -> String.valueOf(e.getCause()));
  }

  // Constraint violations: the path in the message, the ModelValidationException as the cause.

  @Test
  void aViolationFailsWithThePathAndTheValidationExceptionAsCause() {
    String json =
        "{\"subTasks\": [{\"extId\": \"ZXJnb24=:00000000-0000-0000-0000-00000000000a\"}, {\"extId\": \"ZXJnb24=:00000000-0000-0000-0000-00000000000b\"}], \"ownedBy\": {\"extId\":"
            + " \"nope\"}}";

    JacksonException e =
        assertThrows(JacksonException.class, () -> MAPPER.readValue(json, Task.class));

    assertTrue(e.getMessage().contains("`ownedBy.extId`"), e::getMessage);
    ModelValidationException cause = assertInstanceOf(ModelValidationException.class, e.getCause());
    assertEquals(1, cause.violations().size());
    assertEquals("ownedBy.extId", cause.violations().get(0).path());
    assertEquals("nope", cause.violations().get(0).invalidValue());
  }

  @Test
  void everyViolationOfTheDocumentIsReported() {
    String json =
        "{\"extId\": \"not-a-task-id\", \"progressPercentage\": 101,"
            + " \"entitiesAffected\": [{\"name\": \"ok\"}, {\"name\": \""
            + "n".repeat(257)
            + "\"}],"
            + " \"ownedBy\": {\"extId\": \"nope\", \"name\": \"admin\"},"
            + " \"completionDetails\": [{\"name\": \"ab\", \"value\": 1}],"
            + " \"warnings\": [{\"message\": \"w\"}, null]}";

    JacksonException e =
        assertThrows(JacksonException.class, () -> MAPPER.readValue(json, Task.class));

    ModelValidationException cause = assertInstanceOf(ModelValidationException.class, e.getCause());
    List<String> paths =
        cause.violations().stream().map(Violation::path).collect(Collectors.toList());
    List<String> expected =
        List.of(
            "extId",
            "progressPercentage",
            "entitiesAffected[1].name",
            "ownedBy.extId",
            "completionDetails[0].name",
            "warnings[1]");
    assertEquals(expected, paths);
    for (String path : expected) {
      assertTrue(
          e.getMessage().contains("`" + path + "`"), () -> path + " not in " + e.getMessage());
    }
    assertEquals(
        "Invalid value for `progressPercentage`, must be a value less than or equal to `100`",
        cause.violations().get(1).message());
  }

  @Test
  void violationsAtThreeDepthsAreAllReported() {
    String json =
        "{\"progressPercentage\": -1, \"ownedBy\": {\"extId\": \"bad\"},"
            + " \"errorMessages\": [{\"code\": \"X\"}, {\"code\": \"Y\"}, null],"
            + " \"subSteps\": [{\"name\": \""
            + "s".repeat(513)
            + "\"}]}";

    JacksonException e =
        assertThrows(JacksonException.class, () -> MAPPER.readValue(json, Task.class));

    ModelValidationException cause = assertInstanceOf(ModelValidationException.class, e.getCause());
    assertEquals(
        List.of("progressPercentage", "subSteps[0].name", "ownedBy.extId", "errorMessages[2]"),
        cause.violations().stream().map(Violation::path).collect(Collectors.toList()));
  }

  @Test
  void aNestedModelReadOnItsOwnIsValidatedToo() {
    JacksonException e =
        assertThrows(
            JacksonException.class,
            () ->
                MAPPER.readValue(
                    "{\"extId\": \"bad\", \"name\": \"admin\"}", OwnerReference.class));

    ModelValidationException cause = assertInstanceOf(ModelValidationException.class, e.getCause());
    assertEquals("extId", cause.violations().get(0).path());
    assertTrue(e.getMessage().contains("`extId`"), e::getMessage);
  }

  @Test
  void aValidNestedModelReadsOnItsOwn() {
    EntityReference entity =
        Json.read(
            "{\"extId\": \"e\", \"rel\": \"vmm:ahv:config:vm\", \"name\": \"vm-1\"}",
            EntityReference.class);

    assertEquals("vm-1", entity.name());
    assertEquals("prism.v4.config.EntityReference", entity.objectType());
  }
}
