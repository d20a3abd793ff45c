package io.apimodel.sample;

import static io.apimodel.sample.Samples.TASK_EXT_ID;
import static io.apimodel.sample.Samples.TASK_EXT_ID_REGEX;
import static io.apimodel.sample.Samples.UUID_REGEX;
import static io.apimodel.sample.Samples.assertViolation;
import static io.apimodel.sample.Samples.entity;
import static io.apimodel.sample.Samples.forceField;
import static io.apimodel.sample.Samples.invalidEntity;
import static io.apimodel.sample.Samples.invalidOwner;
import static io.apimodel.sample.Samples.kv;
import static io.apimodel.sample.Samples.step;
import static io.apimodel.sample.Samples.taskRef;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import io.apimodel.sample.common.v1.config.KVPair;
import io.apimodel.sample.prism.v4.config.EntityReference;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskReferenceInternal;
import io.apimodel.sample.prism.v4.config.TaskStep;
import io.apimodel.sample.prism.v4.error.AppMessage;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * SPEC §3 {@code validate()} and {@code build()}: every violation of the whole object graph, in
 * property order, depth first, with full paths.
 */
class NestedValidationTest {

  private static List<String> paths(List<Violation> violations) {
    return violations.stream().map(Violation::path).collect(Collectors.toList());
  }

  @Test
  void validateIsEmptyForAValidTask() {
    assertEquals(List.of(), Samples.fullTaskBuilder().build().validate());
  }

  @Test
  void validateReflectsTheCurrentStateAfterSetters() {
    Task task = Samples.fullTaskBuilder().build();

    task.setOwnedBy(invalidOwner("nope"));
    assertEquals(List.of("ownedBy.extId"), paths(task.validate()));

    task.setOwnedBy(null);
    assertEquals(List.of(), task.validate());
  }

  @Test
  void validateReportsANestedModelInsideAList() {
    Task task = new Task();
    TaskStep tooLong = forceField(step("x"), "name", "s".repeat(513));
    task.setSubSteps(List.of(step("ok"), step("ok too"), tooLong));

    List<Violation> violations = task.validate();

    assertEquals(1, violations.size());
    assertViolation(
        violations.get(0),
        "subSteps[2].name",
        "Invalid value for `subSteps[2].name`, length must be less than or equal to `512`",
        "s".repeat(513));
  }

  @Test
  void validateReportsKvPairNameInsideCompletionDetails() {
    Task task = new Task();
    task.setCompletionDetails(List.of(kv("abc", 1), forceField(kv("abc", 2), "name", "ab")));

    List<Violation> violations = task.validate();

    assertEquals(1, violations.size());
    assertViolation(
        violations.get(0),
        "completionDetails[1].name",
        "Invalid value for `completionDetails[1].name`, length must be greater than or equal to `3`",
        "ab");
  }

  @Test
  void validateOnANestedModelUsesItsOwnPaths() {
    EntityReference entity = invalidEntity();

    List<Violation> violations = entity.validate();

    assertEquals(1, violations.size());
    assertViolation(
        violations.get(0),
        "name",
        "Invalid value for `name`, length must be less than or equal to `256`",
        "n".repeat(257));
  }

  @Test
  void validateReportsEveryInvalidItemOfAList() {
    Task task = new Task();
    task.setEntitiesAffected(List.of(invalidEntity(), entity("ok"), invalidEntity()));

    assertEquals(
        List.of("entitiesAffected[0].name", "entitiesAffected[2].name"), paths(task.validate()));
  }

  @Test
  void validateReportsBothViolationsOfOneNestedModelInPropertyOrder() {
    var owner = forceField(invalidOwner("nope"), "name", "o".repeat(257));
    Task task = new Task();
    task.setOwnedBy(owner);

    List<Violation> violations = task.validate();

    assertEquals(List.of("ownedBy.extId", "ownedBy.name"), paths(violations));
    assertEquals(
        "Invalid value for `ownedBy.name`, length must be less than or equal to `256`",
        violations.get(1).message());
  }

  @Test
  void buildReportsAllViolationsOfTheGraphInPropertyOrderDepthFirst() {
    List<TaskStep> steps = Samples.steps(51);
    Task.Builder builder =
        Task.builder()
            .extId("not-a-task-id")
            .progressPercentage(101)
            .addEntitiesAffected(entity("ok"), invalidEntity())
            .addSubTasks(taskRef("a"), null)
            .subSteps(steps)
            .ownedBy(invalidOwner("nope"))
            .addCompletionDetails(forceField(kv("abc", 1), "name", "ab"))
            .addWarnings((AppMessage) null)
            .addClusterExtIds("cluster-a", null);

    ModelValidationException e = assertThrows(ModelValidationException.class, builder::build);

    List<Violation> v = e.violations();
    assertEquals(
        List.of(
            "extId",
            "progressPercentage",
            "entitiesAffected[1].name",
            "subTasks[1]",
            "subSteps",
            "ownedBy.extId",
            "completionDetails[0].name",
            "warnings[0]",
            "clusterExtIds[1]"),
        paths(v));
    assertViolation(
        v.get(0),
        "extId",
        "Invalid value for `extId`, must match pattern `/" + TASK_EXT_ID_REGEX + "/`",
        "not-a-task-id");
    assertViolation(
        v.get(1),
        "progressPercentage",
        "Invalid value for `progressPercentage`, must be a value less than or equal to `100`",
        "101");
    assertViolation(
        v.get(2),
        "entitiesAffected[1].name",
        "Invalid value for `entitiesAffected[1].name`, length must be less than or equal to `256`",
        "n".repeat(257));
    assertViolation(
        v.get(3), "subTasks[1]", "Invalid value for `subTasks[1]`, must not be null", null);
    assertViolation(
        v.get(4),
        "subSteps",
        "Invalid value for `subSteps`, number of items must be less than or equal to `50`",
        String.valueOf(steps));
    assertViolation(
        v.get(5),
        "ownedBy.extId",
        "Invalid value for `ownedBy.extId`, must match pattern `/" + UUID_REGEX + "/`",
        "nope");
    assertViolation(
        v.get(6),
        "completionDetails[0].name",
        "Invalid value for `completionDetails[0].name`, length must be greater than or equal to `3`",
        "ab");
    assertViolation(
        v.get(7), "warnings[0]", "Invalid value for `warnings[0]`, must not be null", null);
    assertViolation(
        v.get(8),
        "clusterExtIds[1]",
        "Invalid value for `clusterExtIds[1]`, must not be null",
        null);
  }

  @Test
  void buildExceptionMessageIsTheViolationMessagesJoinedBySemicolons() {
    Task.Builder builder =
        Task.builder()
            .extId("bad")
            .progressPercentage(-5)
            .addEntitiesAffected(invalidEntity())
            .ownedBy(invalidOwner("nope"));

    ModelValidationException e = assertThrows(ModelValidationException.class, builder::build);

    assertEquals(
        "Invalid value for `extId`, must match pattern `/"
            + TASK_EXT_ID_REGEX
            + "/`; Invalid value for `progressPercentage`, must be a value greater than or equal"
            + " to `0`; Invalid value for `entitiesAffected[0].name`, length must be less than or"
            + " equal to `256`; Invalid value for `ownedBy.extId`, must match pattern `/"
            + UUID_REGEX
            + "/`",
        e.getMessage());
    assertEquals(
        e.violations().stream().map(Violation::message).collect(Collectors.joining("; ")),
        e.getMessage());
  }

  @Test
  void buildReportsTheSizeOfAListBeforeTheViolationsOfItsItems() {
    List<EntityReference> entities = Samples.entities(300);
    entities.add(invalidEntity());
    Task.Builder builder = Task.builder().entitiesAffected(entities);

    ModelValidationException e = assertThrows(ModelValidationException.class, builder::build);

    assertEquals(List.of("entitiesAffected", "entitiesAffected[300].name"), paths(e.violations()));
  }

  @Test
  void taskReferencesCarryTheTaskExtIdPattern() {
    // TaskReferenceInternal.extId has the Task extId pattern, as the API declares it.
    Task task = Task.builder().parentTask(taskRef("parent")).build();
    task.parentTask().setHref("https://pc/tasks/1"); // any href: only extId is constrained
    assertEquals(List.of(), task.validate());

    TaskReferenceInternal bad = new TaskReferenceInternal();
    ModelValidationException e = assertThrows(ModelValidationException.class, () -> bad.setExtId("not even an id"));
    assertEquals(List.of("extId"), paths(e.violations()));
    Task.Builder builder = Task.builder().rootTask(forceField(taskRef("root"), "extId", "not even an id"));
    assertEquals(List.of("rootTask.extId"), paths(assertThrows(ModelValidationException.class, builder::build).violations()));
  }

  @Test
  void buildNeverReturnsAnObjectWithAnInvalidNestedModel() {
    TaskStep tooLong = forceField(step("x"), "name", "s".repeat(600));
    Task.Builder builder = Task.builder().extId(TASK_EXT_ID).addSubSteps(tooLong);

    ModelValidationException e = assertThrows(ModelValidationException.class, builder::build);

    assertEquals(
        "Invalid value for `subSteps[0].name`, length must be less than or equal to `512`",
        e.getMessage());
  }

  @Test
  void kvPairBuildReportsItsMinLengthViolation() {
    ModelValidationException e =
        assertThrows(
            ModelValidationException.class, () -> KVPair.builder().name("x").value(1).build());

    assertEquals(
        "Invalid value for `name`, length must be greater than or equal to `3`", e.getMessage());
    assertViolation(
        e.violations().get(0),
        "name",
        "Invalid value for `name`, length must be greater than or equal to `3`",
        "x");
  }
}
