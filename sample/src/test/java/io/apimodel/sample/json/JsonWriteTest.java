package io.apimodel.sample.json;

import static io.apimodel.sample.json.Json.assertSameJson;
import static io.apimodel.sample.json.Json.names;
import static io.apimodel.sample.json.Json.write;
import static io.apimodel.sample.json.Json.writtenTree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.apimodel.sample.common.v1.config.KVPair;
import io.apimodel.sample.common.v1.config.MessageSeverity;
import io.apimodel.sample.prism.v4.config.EntityReference;
import io.apimodel.sample.prism.v4.config.OwnerReference;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskReferenceInternal;
import io.apimodel.sample.prism.v4.config.TaskStatus;
import io.apimodel.sample.prism.v4.config.TaskStep;
import io.apimodel.sample.prism.v4.error.AppMessage;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 4, point 2 / SPEC §5 "Write": JSON names, property order, nulls omitted, empty lists and
 * maps kept, RFC 3339 date-times with offset, unknown fields after the declared ones.
 */
class JsonWriteTest {

  static final String TASK_ID = "ZXJnb24=:278bbfc2-280f-529b-882b-14ea649b9a95";
  static final String OWNER_ID = "148ee646-25d0-46f6-9977-61ad02acc5e1";

  /** Every property of Task set, in the order of SPEC §7 / TaskModel. */
  static Task fullTask() {
    return Task.builder()
        .objectType("prism.v4.config.Task")
        .putReserved("$fv", "v4.r0.b1")
        .extId(TASK_ID)
        .operation("Register")
        .operationDescription("Register PC")
        .parentTask(ref("parent"))
        .createdTime(OffsetDateTime.parse("2024-06-07T11:11:34.839373Z"))
        .startedTime(OffsetDateTime.parse("2024-06-07T11:11:34.85353Z"))
        .completedTime(OffsetDateTime.parse("2024-06-07T11:11:42.078697Z"))
        .status(TaskStatus.SUCCEEDED)
        .progressPercentage(100)
        .addEntitiesAffected(
            EntityReference.builder()
                .extId(OWNER_ID)
                .rel("prism:management:domain_manager")
                .name("domain_manager")
                .build())
        .addSubTasks(ref("child-1"), ref("child-2"))
        .addSubSteps(TaskStep.builder().name("prepare").build())
        .isCancelable(false)
        .ownedBy(OwnerReference.builder().extId(OWNER_ID).name("admin").build())
        .addCompletionDetails(KVPair.builder().name("clusterExtId").value("c-1").build())
        .addErrorMessages(
            AppMessage.builder()
                .message("Operation failed")
                .severity(MessageSeverity.ERROR)
                .code("TSKS-20801")
                .errorGroup("LEGACY_ERROR")
                .putArgumentsMap("vm", "vm-1")
                .build())
        .legacyErrorMessage("1 subtask has failed.")
        .addWarnings(AppMessage.builder().message("slow").severity(MessageSeverity.WARNING).build())
        .lastUpdatedTime(OffsetDateTime.parse("2024-06-07T11:11:42.078696Z"))
        .addClusterExtIds("cluster-a", "cluster-b")
        .rootTask(ref("root"))
        .isBackgroundTask(true)
        .numberOfSubtasks(2)
        .numberOfEntitiesAffected(1)
        .build();
  }

  /** A valid task extId for a label: {@code ZXJnb24=:} and a UUID made from the label. */
  static String taskExtId(String label) {
    return "ZXJnb24=:" + java.util.UUID.nameUUIDFromBytes(label.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static TaskReferenceInternal ref(String label) {
    String extId = taskExtId(label);
    return TaskReferenceInternal.builder()
        .href("https://pc:9440/api/prism/v4.0/config/tasks/" + extId)
        .rel("subtask")
        .extId(extId)
        .build();
  }

  @Test
  void everyPropertyIsWrittenUnderItsJsonNameInPropertyOrder() {
    JsonNode json = writtenTree(fullTask());

    assertEquals(
        List.of(
            "$objectType",
            "$reserved",
            "extId",
            "operation",
            "operationDescription",
            "parentTask",
            "createdTime",
            "startedTime",
            "completedTime",
            "status",
            "progressPercentage",
            "entitiesAffected",
            "subTasks",
            "subSteps",
            "isCancelable",
            "ownedBy",
            "completionDetails",
            "errorMessages",
            "legacyErrorMessage",
            "warnings",
            "lastUpdatedTime",
            "clusterExtIds",
            "rootTask",
            "isBackgroundTask",
            "numberOfSubtasks",
            "numberOfEntitiesAffected"),
        names(json));
  }

  @Test
  void nestedModelsAreWrittenAsObjectsInTheirPropertyOrder() {
    JsonNode json = writtenTree(fullTask());

    assertEquals(
        List.of("$objectType", "$reserved", "href", "rel", "extId"),
        names(json.get("subTasks").get(1)));
    assertEquals(
        List.of(
            "$objectType",
            "$reserved",
            "message",
            "severity",
            "code",
            "locale",
            "errorGroup",
            "argumentsMap"),
        names(json.get("errorMessages").get(0)));
    assertEquals(
        List.of("$objectType", "$reserved", "name", "value"),
        names(json.get("completionDetails").get(0)));
  }

  @Test
  void theFullTaskIsWrittenAsExpected() {
    String expected =
        """
        {"$objectType": "prism.v4.config.Task", "$reserved": {"$fv": "v4.r0.b1"},
         "extId": "%1$s", "operation": "Register", "operationDescription": "Register PC",
         "parentTask": %3$s,
         "createdTime": "2024-06-07T11:11:34.839373Z",
         "startedTime": "2024-06-07T11:11:34.85353Z",
         "completedTime": "2024-06-07T11:11:42.078697Z",
         "status": "SUCCEEDED", "progressPercentage": 100,
         "entitiesAffected": [{"$objectType": "prism.v4.config.EntityReference",
           "$reserved": {"$fv": "v4.r0"}, "extId": "%2$s",
           "rel": "prism:management:domain_manager", "name": "domain_manager"}],
         "subTasks": [%4$s, %5$s],
         "subSteps": [{"$objectType": "prism.v4.config.TaskStep", "$reserved": {"$fv": "v4.r0"},
           "name": "prepare"}],
         "isCancelable": false,
         "ownedBy": {"$objectType": "prism.v4.config.OwnerReference",
           "$reserved": {"$fv": "v4.r0"}, "extId": "%2$s", "name": "admin"},
         "completionDetails": [{"$objectType": "common.v1.config.KVPair",
           "$reserved": {"$fv": "v1.r0"}, "name": "clusterExtId", "value": "c-1"}],
         "errorMessages": [{"$objectType": "prism.v4.error.AppMessage",
           "$reserved": {"$fv": "v4.r0"}, "message": "Operation failed", "severity": "ERROR",
           "code": "TSKS-20801", "locale": "en_US", "errorGroup": "LEGACY_ERROR",
           "argumentsMap": {"vm": "vm-1"}}],
         "legacyErrorMessage": "1 subtask has failed.",
         "warnings": [{"$objectType": "prism.v4.error.AppMessage", "$reserved": {"$fv": "v4.r0"},
           "message": "slow", "severity": "WARNING", "locale": "en_US"}],
         "lastUpdatedTime": "2024-06-07T11:11:42.078696Z",
         "clusterExtIds": ["cluster-a", "cluster-b"],
         "rootTask": %6$s,
         "isBackgroundTask": true, "numberOfSubtasks": 2, "numberOfEntitiesAffected": 1}
        """
            .formatted(
                TASK_ID,
                OWNER_ID,
                refJson("parent"),
                refJson("child-1"),
                refJson("child-2"),
                refJson("root"));

    assertSameJson(expected, write(fullTask()));
  }

  private static String refJson(String extId) {
    return """
           {"$objectType": "prism.v4.config.TaskReferenceInternal", "$reserved": {"$fv": "v4.r0"},
            "href": "https://pc:9440/api/prism/v4.0/config/tasks/%1$s", "rel": "subtask",
            "extId": "%1$s"}"""
        .formatted(taskExtId(extId));
  }

  @Test
  void nullPropertiesAreOmitted() {
    Task task = new Task();
    task.setExtId(TASK_ID);

    assertEquals(
        "{\"$objectType\":\"prism.v4.config.Task\",\"$reserved\":{\"$fv\":\"v4.r0\"},"
            + "\"extId\":\""
            + TASK_ID
            + "\"}",
        write(task));
  }

  @Test
  void aTaskWithNothingSetIsAnEmptyObject() {
    Task task = new Task();
    task.setObjectType(null);
    task.setReserved(null);

    assertEquals("{}", write(task));
  }

  @Test
  void nullPropertiesOfNestedModelsAreOmitted() {
    Task task =
        Task.builder().addEntitiesAffected(EntityReference.builder().rel("r").build()).build();

    JsonNode entity = writtenTree(task).get("entitiesAffected").get(0);

    assertEquals(List.of("$objectType", "$reserved", "rel"), names(entity));
  }

  @Test
  void emptyListsAndMapsAreKept() {
    Task task =
        Task.builder()
            .reserved(Map.of())
            .subTasks(List.of())
            .clusterExtIds(List.of())
            .addWarnings(AppMessage.builder().argumentsMap(Map.of()).build())
            .build();

    JsonNode json = writtenTree(task);

    assertTrue(json.get("$reserved").isObject() && json.get("$reserved").isEmpty(), json::toString);
    assertTrue(json.get("subTasks").isArray() && json.get("subTasks").isEmpty(), json::toString);
    assertTrue(json.get("clusterExtIds").isArray() && json.get("clusterExtIds").isEmpty());
    JsonNode arguments = json.get("warnings").get(0).get("argumentsMap");
    assertTrue(arguments != null && arguments.isObject() && arguments.isEmpty(), json::toString);
    assertFalse(json.has("subSteps"));
  }

  @ParameterizedTest(name = "{0} is written as {1}")
  @CsvSource({
    "2024-06-07T11:11:34.839373Z,       2024-06-07T11:11:34.839373Z",
    "2024-06-07T11:11:34.85353Z,        2024-06-07T11:11:34.85353Z",
    "2024-06-07T11:11:34.850Z,          2024-06-07T11:11:34.85Z",
    "2024-06-07T11:11:34.5Z,            2024-06-07T11:11:34.5Z",
    "2024-06-07T11:11:34.000000001Z,    2024-06-07T11:11:34.000000001Z",
    "2024-06-07T11:11:34.123456789Z,    2024-06-07T11:11:34.123456789Z",
    "2024-06-07T11:11:00Z,              2024-06-07T11:11:00Z",
    "2024-06-07T11:11Z,                 2024-06-07T11:11:00Z",
    "2024-06-07T00:00:00+00:00,         2024-06-07T00:00:00Z",
    "2024-06-07T16:41:34.5+05:30,       2024-06-07T16:41:34.5+05:30",
    "2024-06-07T03:11:34-08:00,         2024-06-07T03:11:34-08:00",
    "1999-12-31T23:59:59.999+14:00,     1999-12-31T23:59:59.999+14:00"
  })
  void dateTimesAreRfc3339StringsWithSecondsAndOffset(String value, String expected) {
    Task task = Task.builder().createdTime(OffsetDateTime.parse(value)).build();

    JsonNode written = writtenTree(task).get("createdTime");

    assertTrue(written.isTextual(), () -> "not a string: " + written);
    assertEquals(expected, written.asText());
  }

  @Test
  void everyDateTimePropertyIsWrittenAsAString() {
    JsonNode json = writtenTree(fullTask());

    for (String name : List.of("createdTime", "startedTime", "completedTime", "lastUpdatedTime")) {
      assertTrue(json.get(name).isTextual(), () -> name + " = " + json.get(name));
    }
  }

  @Test
  void enumsAreWrittenAsTheirWireStrings() {
    JsonNode json = writtenTree(fullTask());

    assertEquals("SUCCEEDED", json.get("status").asText());
    assertEquals("ERROR", json.get("errorMessages").get(0).get("severity").asText());
    assertEquals(
        "$REDACTED",
        writtenTree(Task.builder().status(TaskStatus.$REDACTED).build()).get("status").asText());
  }

  @Test
  void unknownFieldsAreWrittenAfterTheDeclaredOnesInTheirOrder() {
    Task task = new Task();
    task.putUnknownField("zeta", 1);
    task.setExtId(TASK_ID);
    task.putUnknownField("alpha", "two");
    task.setNumberOfEntitiesAffected(3);

    assertEquals(
        List.of("$objectType", "$reserved", "extId", "numberOfEntitiesAffected", "zeta", "alpha"),
        names(writtenTree(task)));
  }

  @Test
  void unknownFieldsKeepTheirStructureAndNulls() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("total", 10);
    summary.put("big", new BigInteger("123456789012345678901234567890"));
    summary.put("ratio", 0.8);
    summary.put("none", null);
    summary.put(
        "items", new ArrayList<>(Arrays.asList("a", null, List.of(1, 2), Map.of("k", true))));
    Task task = new Task();
    task.putUnknownField("batchSummary", summary);
    task.putUnknownField("gone", null);

    JsonNode json = writtenTree(task);

    assertSameJson(
        "{\"total\": 10, \"big\": 123456789012345678901234567890, \"ratio\": 0.8, \"none\": null,"
            + " \"items\": [\"a\", null, [1, 2], {\"k\": true}]}",
        json.get("batchSummary").toString());
    assertTrue(json.has("gone") && json.get("gone").isNull(), json::toString);
  }

  @Test
  void unknownFieldsOfNestedModelsAreWrittenAfterTheirDeclaredOnes() {
    OwnerReference owner =
        OwnerReference.builder().name("admin").putUnknownField("email", "a@b").build();
    Task task = Task.builder().ownedBy(owner).build();

    assertEquals(
        List.of("$objectType", "$reserved", "name", "email"),
        names(writtenTree(task).get("ownedBy")));
  }

  @Test
  void kvPairValuesAreWrittenAsAnyJsonValue() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("a", 1);
    map.put("b", List.of("x", false));
    Task task =
        Task.builder()
            .addCompletionDetails(
                KVPair.builder().name("str").value("s").build(),
                KVPair.builder().name("num").value(42).build(),
                KVPair.builder().name("bool").value(true).build(),
                KVPair.builder().name("list").value(List.of(1, "two")).build(),
                KVPair.builder().name("map").value(map).build())
            .build();

    JsonNode details = writtenTree(task).get("completionDetails");

    assertSameJson("\"s\"", details.get(0).get("value").toString());
    assertSameJson("42", details.get(1).get("value").toString());
    assertSameJson("true", details.get(2).get("value").toString());
    assertSameJson("[1, \"two\"]", details.get(3).get("value").toString());
    assertSameJson("{\"a\": 1, \"b\": [\"x\", false]}", details.get(4).get("value").toString());
  }
}
