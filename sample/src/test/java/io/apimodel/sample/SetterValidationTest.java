package io.apimodel.sample;

import static io.apimodel.sample.Samples.OWNER_EXT_ID;
import static io.apimodel.sample.Samples.TASK_EXT_ID;
import static io.apimodel.sample.Samples.assertViolation;
import static io.apimodel.sample.Samples.invalidEntity;
import static io.apimodel.sample.Samples.invalidOwner;
import static io.apimodel.sample.Samples.kv;
import static io.apimodel.sample.Samples.step;
import static io.apimodel.sample.Samples.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.apimodel.runtime.ModelValidationException;
import io.apimodel.sample.common.v1.config.KVPair;
import io.apimodel.sample.prism.v4.config.EntityReference;
import io.apimodel.sample.prism.v4.config.OwnerReference;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SPEC §3 {@code setX}: checks this property's constraints, throws {@link
 * ModelValidationException} and leaves the object unchanged; nested models are not checked here.
 */
class SetterValidationTest {

  @Test
  void rejectedProgressPercentageLeavesTheOldValue() {
    Task task = new Task();
    task.setProgressPercentage(40);

    assertThrows(ModelValidationException.class, () -> task.setProgressPercentage(101));

    assertEquals(40, task.progressPercentage());
  }

  @Test
  void rejectedExtIdLeavesTheOldValue() {
    Task task = new Task();
    task.setExtId(TASK_EXT_ID);

    assertThrows(ModelValidationException.class, () -> task.setExtId("not-a-task-id"));

    assertEquals(TASK_EXT_ID, task.extId());
  }

  @Test
  void rejectedListLeavesTheOldList() {
    Task task = new Task();
    List<TaskStep> old = List.of(step("prepare"));
    task.setSubSteps(old);

    assertThrows(ModelValidationException.class, () -> task.setSubSteps(steps(51)));

    assertEquals(old, task.subSteps());
  }

  @Test
  void rejectedNestedModelNamesLeaveTheOldValues() {
    EntityReference entity = new EntityReference();
    entity.setName("vm-1");
    TaskStep step = new TaskStep();
    step.setName("prepare");
    KVPair pair = new KVPair();
    pair.setName("abc");
    OwnerReference owner = new OwnerReference();
    owner.setExtId(OWNER_EXT_ID);

    assertThrows(ModelValidationException.class, () -> entity.setName("n".repeat(257)));
    assertThrows(ModelValidationException.class, () -> step.setName("n".repeat(513)));
    assertThrows(ModelValidationException.class, () -> pair.setName("ab"));
    assertThrows(ModelValidationException.class, () -> owner.setExtId("not-a-uuid"));

    assertEquals("vm-1", entity.name());
    assertEquals("prepare", step.name());
    assertEquals("abc", pair.name());
    assertEquals(OWNER_EXT_ID, owner.extId());
  }

  @Test
  void setterRejectsAListWithANullItem() {
    Task task = new Task();
    task.setClusterExtIds(List.of("cluster-a"));

    ModelValidationException e =
        assertThrows(
            ModelValidationException.class,
            () -> task.setClusterExtIds(Arrays.asList("cluster-a", null)));

    assertEquals("Invalid value for `clusterExtIds[1]`, must not be null", e.getMessage());
    assertEquals(1, e.violations().size());
    assertViolation(
        e.violations().get(0),
        "clusterExtIds[1]",
        "Invalid value for `clusterExtIds[1]`, must not be null",
        null);
    assertEquals(List.of("cluster-a"), task.clusterExtIds());
  }

  @Test
  void setterRejectsANullItemInAListOfModels() {
    Task task = new Task();

    ModelValidationException e =
        assertThrows(
            ModelValidationException.class,
            () -> task.setSubSteps(Arrays.asList(step("a"), step("b"), null)));

    assertEquals("Invalid value for `subSteps[2]`, must not be null", e.getMessage());
    assertNull(task.subSteps());
  }

  @Test
  void setterReportsBothTheSizeAndTheNullItemsOfAList() {
    List<TaskStep> tooMany = new ArrayList<>(steps(50));
    tooMany.add(null);
    Task task = new Task();

    ModelValidationException e =
        assertThrows(ModelValidationException.class, () -> task.setSubSteps(tooMany));

    assertEquals(2, e.violations().size());
    assertEquals("subSteps", e.violations().get(0).path());
    assertEquals("subSteps[50]", e.violations().get(1).path());
  }

  @Test
  void modelValidationExceptionIsAnIllegalArgumentException() {
    Task task = new Task();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> task.setProgressPercentage(-1));

    assertEquals(ModelValidationException.class, e.getClass());
  }

  @Test
  void setterAcceptsAnInvalidNestedModelAndValidateReportsIt() {
    OwnerReference owner = invalidOwner("nope");
    Task task = new Task();

    task.setOwnedBy(owner);

    assertSame(owner, task.ownedBy());
    assertEquals(1, task.validate().size());
    assertViolation(
        task.validate().get(0),
        "ownedBy.extId",
        "Invalid value for `ownedBy.extId`, must match pattern `/" + Samples.UUID_REGEX + "/`",
        "nope");
  }

  @Test
  void listSetterAcceptsInvalidNestedModelsAndValidateReportsThem() {
    Task task = new Task();

    task.setEntitiesAffected(List.of(Samples.entity("ok"), invalidEntity()));

    assertEquals(2, task.entitiesAffected().size());
    assertEquals(1, task.validate().size());
    assertViolation(
        task.validate().get(0),
        "entitiesAffected[1].name",
        "Invalid value for `entitiesAffected[1].name`, length must be less than or equal to `256`",
        "n".repeat(257));
  }

  @Test
  void setterChecksOnlyItsOwnPropertyNotTheRestOfTheObject() {
    Task task = new Task();
    task.setOwnedBy(invalidOwner("nope"));

    task.setProgressPercentage(50);
    task.setCompletionDetails(List.of(kv("abc", 1)));

    assertEquals(50, task.progressPercentage());
    assertEquals(1, task.completionDetails().size());
  }
}
