package io.apimodel.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimodel.sample.common.v1.config.KVPair;
import io.apimodel.sample.common.v1.config.MapOfStringWrapper;
import io.apimodel.sample.prism.v4.config.EntityReference;
import io.apimodel.sample.prism.v4.config.OwnerReference;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskReferenceInternal;
import io.apimodel.sample.prism.v4.config.TaskStep;
import io.apimodel.sample.prism.v4.error.AppMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC §3 {@code public Task()}: {@code @Default} values set, everything else null. */
class ConstructorDefaultsTest {

  private static final Map<String, String> V4_RESERVED = Map.of("$fv", "v4.r0");
  private static final Map<String, String> V1_RESERVED = Map.of("$fv", "v1.r0");

  @Test
  void newTaskHasItsObjectTypeAndReservedDefaults() {
    Task task = new Task();

    assertEquals("prism.v4.config.Task", task.objectType());
    assertEquals(V4_RESERVED, task.reserved());
  }

  @Test
  void newTaskLeavesEveryOtherPropertyNull() {
    Task task = new Task();

    assertAll(
        () -> assertNull(task.extId(), "extId"),
        () -> assertNull(task.operation(), "operation"),
        () -> assertNull(task.operationDescription(), "operationDescription"),
        () -> assertNull(task.parentTask(), "parentTask"),
        () -> assertNull(task.createdTime(), "createdTime"),
        () -> assertNull(task.startedTime(), "startedTime"),
        () -> assertNull(task.completedTime(), "completedTime"),
        () -> assertNull(task.status(), "status"),
        () -> assertNull(task.progressPercentage(), "progressPercentage"),
        () -> assertNull(task.entitiesAffected(), "entitiesAffected"),
        () -> assertNull(task.subTasks(), "subTasks"),
        () -> assertNull(task.subSteps(), "subSteps"),
        () -> assertNull(task.isCancelable(), "isCancelable"),
        () -> assertNull(task.ownedBy(), "ownedBy"),
        () -> assertNull(task.completionDetails(), "completionDetails"),
        () -> assertNull(task.errorMessages(), "errorMessages"),
        () -> assertNull(task.legacyErrorMessage(), "legacyErrorMessage"),
        () -> assertNull(task.warnings(), "warnings"),
        () -> assertNull(task.lastUpdatedTime(), "lastUpdatedTime"),
        () -> assertNull(task.clusterExtIds(), "clusterExtIds"),
        () -> assertNull(task.rootTask(), "rootTask"),
        () -> assertNull(task.isBackgroundTask(), "isBackgroundTask"),
        () -> assertNull(task.numberOfSubtasks(), "numberOfSubtasks"),
        () -> assertNull(task.numberOfEntitiesAffected(), "numberOfEntitiesAffected"));
  }

  @Test
  void newTaskReferenceInternalHasDefaultsAndNullProperties() {
    TaskReferenceInternal ref = new TaskReferenceInternal();

    assertEquals("prism.v4.config.TaskReferenceInternal", ref.objectType());
    assertEquals(V4_RESERVED, ref.reserved());
    assertNull(ref.href());
    assertNull(ref.rel());
    assertNull(ref.extId());
  }

  @Test
  void newEntityReferenceHasDefaultsAndNullProperties() {
    EntityReference entity = new EntityReference();

    assertEquals("prism.v4.config.EntityReference", entity.objectType());
    assertEquals(V4_RESERVED, entity.reserved());
    assertNull(entity.extId());
    assertNull(entity.rel());
    assertNull(entity.name());
  }

  @Test
  void newTaskStepHasDefaultsAndNullName() {
    TaskStep step = new TaskStep();

    assertEquals("prism.v4.config.TaskStep", step.objectType());
    assertEquals(V4_RESERVED, step.reserved());
    assertNull(step.name());
  }

  @Test
  void newOwnerReferenceHasDefaultsAndNullProperties() {
    OwnerReference owner = new OwnerReference();

    assertEquals("prism.v4.config.OwnerReference", owner.objectType());
    assertEquals(V4_RESERVED, owner.reserved());
    assertNull(owner.extId());
    assertNull(owner.name());
  }

  @Test
  void newAppMessageHasLocaleEnUsAndNullProperties() {
    AppMessage message = new AppMessage();

    assertEquals("prism.v4.error.AppMessage", message.objectType());
    assertEquals(V4_RESERVED, message.reserved());
    assertEquals("en_US", message.locale());
    assertNull(message.message());
    assertNull(message.severity());
    assertNull(message.code());
    assertNull(message.errorGroup());
    assertNull(message.argumentsMap());
  }

  @Test
  void newKvPairHasCommonV1ReservedDefault() {
    KVPair pair = new KVPair();

    assertEquals("common.v1.config.KVPair", pair.objectType());
    assertEquals(V1_RESERVED, pair.reserved());
    assertNull(pair.name());
    assertNull(pair.value());
  }

  @Test
  void newMapOfStringWrapperHasCommonV1ReservedDefault() {
    MapOfStringWrapper wrapper = new MapOfStringWrapper();

    assertEquals("common.v1.config.MapOfStringWrapper", wrapper.objectType());
    assertEquals(V1_RESERVED, wrapper.reserved());
    assertNull(wrapper.map());
  }

  @Test
  void newInstancesAreValidAndHaveNoUnknownFields() {
    Task task = new Task();

    assertTrue(task.validate().isEmpty(), () -> task.validate().toString());
    assertTrue(task.unknownFields().isEmpty());
  }

  @Test
  void defaultsAreEvaluatedPerInstance() {
    Task first = new Task();
    Task second = new Task();

    // Instances may share the frozen default (it is deeply unmodifiable); what matters is that no
    // instance can change another's: see also DefaultEvaluationTest for the per-instance call.
    assertThrows(UnsupportedOperationException.class, () -> first.reserved().put("$fv", "v9"));
    first.setObjectType("changed");
    first.setReserved(Map.of("$fv", "v9"));

    assertEquals("prism.v4.config.Task", second.objectType());
    assertEquals(V4_RESERVED, second.reserved());
    assertEquals(V4_RESERVED, new Task().reserved());
  }

  @Test
  void builderDefaultsAreNotSharedBetweenBuilders() {
    Task.Builder first = Task.builder().putReserved("extra", "x");

    assertEquals(V4_RESERVED, Task.builder().build().reserved());
    assertEquals(V4_RESERVED, new Task().reserved());
    assertEquals(Map.of("$fv", "v4.r0", "extra", "x"), first.build().reserved());
  }
}
