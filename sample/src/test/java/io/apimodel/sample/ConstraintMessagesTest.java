package io.apimodel.sample;

import static io.apimodel.sample.Samples.ASTRAL;
import static io.apimodel.sample.Samples.OWNER_EXT_ID;
import static io.apimodel.sample.Samples.TASK_EXT_ID;
import static io.apimodel.sample.Samples.TASK_EXT_ID_REGEX;
import static io.apimodel.sample.Samples.UUID_REGEX;
import static io.apimodel.sample.Samples.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import io.apimodel.sample.common.v1.config.KVPair;
import io.apimodel.sample.prism.v4.config.EntityReference;
import io.apimodel.sample.prism.v4.config.OwnerReference;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskStep;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** SPEC §3 message table, exact texts, and the boundaries of every sample constraint. */
class ConstraintMessagesTest {

  /** Runs {@code call}, which must throw with exactly one violation, and returns it. */
  private static Violation onlyViolation(Executable call) {
    ModelValidationException e = assertThrows(ModelValidationException.class, call);
    assertEquals(1, e.violations().size(), e::getMessage);
    assertEquals(e.violations().get(0).message(), e.getMessage());
    return e.violations().get(0);
  }

  // --- @Range(min = 0, max = 100) progressPercentage

  @Test
  void progressPercentageAboveMaxHasTheMaxMessage() {
    Violation v = onlyViolation(() -> new Task().setProgressPercentage(101));

    assertViolation(
        v,
        "progressPercentage",
        "Invalid value for `progressPercentage`, must be a value less than or equal to `100`",
        "101");
  }

  @Test
  void progressPercentageBelowMinHasTheMinMessage() {
    Violation v = onlyViolation(() -> new Task().setProgressPercentage(-1));

    assertViolation(
        v,
        "progressPercentage",
        "Invalid value for `progressPercentage`, must be a value greater than or equal to `0`",
        "-1");
  }

  @Test
  void progressPercentageBoundsAreInclusive() {
    Task task = new Task();

    task.setProgressPercentage(0);
    assertEquals(0, task.progressPercentage());
    task.setProgressPercentage(100);
    assertEquals(100, task.progressPercentage());
  }

  @Test
  void progressPercentageFarOutOfRangeIsRejected() {
    Violation v = onlyViolation(() -> new Task().setProgressPercentage(Integer.MIN_VALUE));

    assertEquals(String.valueOf(Integer.MIN_VALUE), v.invalidValue());
    assertEquals(
        "Invalid value for `progressPercentage`, must be a value greater than or equal to `0`",
        v.message());
  }

  // --- @Size(max = 256) EntityReference.name / OwnerReference.name, 512 TaskStep.name

  @Test
  void entityReferenceNameLongerThan256HasTheMaxLengthMessage() {
    String name = "n".repeat(257);

    Violation v = onlyViolation(() -> new EntityReference().setName(name));

    assertViolation(
        v, "name", "Invalid value for `name`, length must be less than or equal to `256`", name);
  }

  @Test
  void entityReferenceNameOf256IsAccepted() {
    EntityReference entity = new EntityReference();

    entity.setName("n".repeat(256));

    assertEquals(256, entity.name().length());
  }

  @Test
  void ownerReferenceNameLongerThan256HasTheMaxLengthMessage() {
    String name = "o".repeat(257);

    Violation v = onlyViolation(() -> new OwnerReference().setName(name));

    assertViolation(
        v, "name", "Invalid value for `name`, length must be less than or equal to `256`", name);
  }

  @Test
  void ownerReferenceNameOf256IsAccepted() {
    OwnerReference owner = new OwnerReference();

    owner.setName("o".repeat(256));

    assertEquals("o".repeat(256), owner.name());
  }

  @Test
  void taskStepNameLongerThan512HasTheMaxLengthMessage() {
    String name = "s".repeat(513);

    Violation v = onlyViolation(() -> new TaskStep().setName(name));

    assertViolation(
        v, "name", "Invalid value for `name`, length must be less than or equal to `512`", name);
  }

  @Test
  void taskStepNameOf512IsAccepted() {
    TaskStep step = new TaskStep();

    step.setName("s".repeat(512));

    assertEquals("s".repeat(512), step.name());
  }

  // --- @Size(min = 3, max = 128) KVPair.name

  @Test
  void kvPairNameShorterThan3HasTheMinLengthMessage() {
    Violation v = onlyViolation(() -> new KVPair().setName("ab"));

    assertViolation(
        v, "name", "Invalid value for `name`, length must be greater than or equal to `3`", "ab");
  }

  @Test
  void kvPairEmptyNameHasTheMinLengthMessage() {
    Violation v = onlyViolation(() -> new KVPair().setName(""));

    assertViolation(
        v, "name", "Invalid value for `name`, length must be greater than or equal to `3`", "");
  }

  @Test
  void kvPairNameLongerThan128HasTheMaxLengthMessage() {
    String name = "k".repeat(129);

    Violation v = onlyViolation(() -> new KVPair().setName(name));

    assertViolation(
        v, "name", "Invalid value for `name`, length must be less than or equal to `128`", name);
  }

  @Test
  void kvPairNameBoundsAreInclusive() {
    KVPair pair = new KVPair();

    pair.setName("abc");
    assertEquals("abc", pair.name());
    pair.setName("k".repeat(128));
    assertEquals("k".repeat(128), pair.name());
  }

  // --- lengths count code points (Python's len), not UTF-16 chars

  @Test
  void nameOf256AstralCharactersIsWithinMaxLength256() {
    String name = ASTRAL.repeat(256); // 512 Java chars
    EntityReference entity = new EntityReference();

    entity.setName(name);

    assertEquals(name, entity.name());
  }

  @Test
  void nameOf257AstralCharactersBreaksMaxLength256() {
    String name = ASTRAL.repeat(257);

    Violation v = onlyViolation(() -> new EntityReference().setName(name));

    assertViolation(
        v, "name", "Invalid value for `name`, length must be less than or equal to `256`", name);
  }

  @Test
  void nameOf512AstralCharactersIsWithinTaskStepMaxLength512() {
    TaskStep step = new TaskStep();

    step.setName(ASTRAL.repeat(512));

    assertEquals(1024, step.name().length());
  }

  @Test
  void twoAstralCharactersAreShorterThanMinLength3() {
    String name = ASTRAL.repeat(2); // 4 Java chars, 2 code points

    Violation v = onlyViolation(() -> new KVPair().setName(name));

    assertViolation(
        v, "name", "Invalid value for `name`, length must be greater than or equal to `3`", name);
  }

  @Test
  void threeAstralCharactersMeetMinLength3() {
    KVPair pair = new KVPair();

    pair.setName(ASTRAL.repeat(3));

    assertEquals(ASTRAL.repeat(3), pair.name());
  }

  // --- @Size(max = n) on lists: number of items

  @Test
  void subStepsWith51ItemsHasTheMaxItemsMessage() {
    List<TaskStep> steps = Samples.steps(51);

    Violation v = onlyViolation(() -> new Task().setSubSteps(steps));

    assertViolation(
        v,
        "subSteps",
        "Invalid value for `subSteps`, number of items must be less than or equal to `50`",
        String.valueOf(steps));
  }

  @Test
  void subStepsWith50ItemsIsAccepted() {
    Task task = new Task();

    task.setSubSteps(Samples.steps(50));

    assertEquals(50, task.subSteps().size());
  }

  @Test
  void entitiesAffectedMaxItemsIs300() {
    Task task = new Task();
    task.setEntitiesAffected(Samples.entities(300));

    Violation v = onlyViolation(() -> task.setEntitiesAffected(Samples.entities(301)));

    assertEquals(300, task.entitiesAffected().size());
    assertEquals("entitiesAffected", v.path());
    assertEquals(
        "Invalid value for `entitiesAffected`, number of items must be less than or equal to `300`",
        v.message());
  }

  @Test
  void subTasksMaxItemsIs100() {
    Task task = new Task();
    task.setSubTasks(Samples.taskRefs(100));

    Violation v = onlyViolation(() -> task.setSubTasks(Samples.taskRefs(101)));

    assertEquals(100, task.subTasks().size());
    assertEquals(
        "Invalid value for `subTasks`, number of items must be less than or equal to `100`",
        v.message());
  }

  @Test
  void completionDetailsMaxItemsIs50() {
    Task task = new Task();
    task.setCompletionDetails(Samples.kvs(50));

    Violation v = onlyViolation(() -> task.setCompletionDetails(Samples.kvs(51)));

    assertEquals(50, task.completionDetails().size());
    assertEquals(
        "Invalid value for `completionDetails`, number of items must be less than or equal to `50`",
        v.message());
  }

  @Test
  void errorMessagesMaxItemsIs100() {
    Task task = new Task();
    task.setErrorMessages(Samples.messages(100));

    Violation v = onlyViolation(() -> task.setErrorMessages(Samples.messages(101)));

    assertEquals(100, task.errorMessages().size());
    assertEquals(
        "Invalid value for `errorMessages`, number of items must be less than or equal to `100`",
        v.message());
  }

  @Test
  void warningsMaxItemsIs50() {
    Task task = new Task();
    task.setWarnings(Samples.messages(50));

    Violation v = onlyViolation(() -> task.setWarnings(Samples.messages(51)));

    assertEquals(50, task.warnings().size());
    assertEquals(
        "Invalid value for `warnings`, number of items must be less than or equal to `50`",
        v.message());
  }

  @Test
  void clusterExtIdsMaxItemsIs500() {
    Task task = new Task();
    task.setClusterExtIds(Samples.strings(500));
    List<String> tooMany = Samples.strings(501);

    Violation v = onlyViolation(() -> task.setClusterExtIds(tooMany));

    assertEquals(500, task.clusterExtIds().size());
    assertViolation(
        v,
        "clusterExtIds",
        "Invalid value for `clusterExtIds`, number of items must be less than or equal to `500`",
        String.valueOf(tooMany));
  }

  // --- @Pattern

  @Test
  void taskExtIdNotMatchingHasThePatternMessage() {
    Violation v = onlyViolation(() -> new Task().setExtId("278bbfc2-280f-529b-882b-14ea649b9a95"));

    assertViolation(
        v,
        "extId",
        "Invalid value for `extId`, must match pattern `/" + TASK_EXT_ID_REGEX + "/`",
        "278bbfc2-280f-529b-882b-14ea649b9a95");
  }

  @Test
  void taskExtIdPatternMessageShowsTheRegexVerbatim() {
    Violation v = onlyViolation(() -> new Task().setExtId("x"));

    assertEquals(
        "Invalid value for `extId`, must match pattern "
            + "`/^[a-zA-Z0-9/+]*={0,2}:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}"
            + "-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}/`",
        v.message());
  }

  @Test
  void taskExtIdPatternUsesFindSoTrailingTextIsAllowed() {
    Task task = new Task();

    task.setExtId(TASK_EXT_ID + "-suffix");

    assertEquals(TASK_EXT_ID + "-suffix", task.extId());
  }

  @Test
  void taskExtIdWithoutTheBase64PrefixStillMatches() {
    Task task = new Task();

    task.setExtId(":278bbfc2-280f-529b-882b-14ea649b9a95");

    assertEquals(":278bbfc2-280f-529b-882b-14ea649b9a95", task.extId());
  }

  @Test
  void ownerExtIdNotMatchingTheUuidPatternHasThePatternMessage() {
    Violation v = onlyViolation(() -> new OwnerReference().setExtId("admin"));

    assertViolation(
        v,
        "extId",
        "Invalid value for `extId`, must match pattern `/" + UUID_REGEX + "/`",
        "admin");
  }

  @Test
  void ownerExtIdPatternIsAnchoredAtTheEnd() {
    Violation v = onlyViolation(() -> new OwnerReference().setExtId(OWNER_EXT_ID + "0"));

    assertEquals(OWNER_EXT_ID + "0", v.invalidValue());
  }

  @Test
  void ownerExtIdMatchingTheUuidPatternIsAccepted() {
    OwnerReference owner = new OwnerReference();

    owner.setExtId("00000000-0000-0000-0000-000000000000");

    assertEquals("00000000-0000-0000-0000-000000000000", owner.extId());
  }

  // --- null values and null items

  @Test
  void nullItemInClusterExtIdsHasTheNullItemMessage() {
    Violation v =
        onlyViolation(() -> new Task().setClusterExtIds(Arrays.asList("a", null, "c")));

    assertViolation(
        v, "clusterExtIds[1]", "Invalid value for `clusterExtIds[1]`, must not be null", null);
  }

  @Test
  void everyNullItemOfAListIsReportedInIndexOrder() {
    ModelValidationException e =
        assertThrows(
            ModelValidationException.class,
            () -> new Task().setClusterExtIds(Arrays.asList(null, "b", null)));

    assertEquals(
        "Invalid value for `clusterExtIds[0]`, must not be null; "
            + "Invalid value for `clusterExtIds[2]`, must not be null",
        e.getMessage());
    assertEquals(2, e.violations().size());
    assertViolation(
        e.violations().get(0),
        "clusterExtIds[0]",
        "Invalid value for `clusterExtIds[0]`, must not be null",
        null);
    assertViolation(
        e.violations().get(1),
        "clusterExtIds[2]",
        "Invalid value for `clusterExtIds[2]`, must not be null",
        null);
  }

  @Test
  void nullValuesPassEveryConstraint() {
    Task task = Task.builder().extId(TASK_EXT_ID).progressPercentage(5).build();

    task.setExtId(null);
    task.setProgressPercentage(null);
    task.setClusterExtIds(null);
    KVPair pair = KVPair.builder().name(null).build();

    assertEquals(List.of(), task.validate());
    assertEquals(List.of(), pair.validate());
  }
}
