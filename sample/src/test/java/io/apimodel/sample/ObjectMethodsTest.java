package io.apimodel.sample;

import static io.apimodel.sample.Samples.step;
import static io.apimodel.sample.Samples.taskRef;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.apimodel.sample.common.v1.config.KVPair;
import io.apimodel.sample.common.v1.config.MapOfStringWrapper;
import io.apimodel.sample.common.v1.config.MessageSeverity;
import io.apimodel.sample.prism.v4.config.EntityReference;
import io.apimodel.sample.prism.v4.config.OwnerReference;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskReferenceInternal;
import io.apimodel.sample.prism.v4.config.TaskStatus;
import io.apimodel.sample.prism.v4.config.TaskStep;
import io.apimodel.sample.prism.v4.error.AppMessage;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** SPEC §3 {@code equals} / {@code hashCode}: over every property and {@code unknownFields()}. */
class ObjectMethodsTest {

  private static final OffsetDateTime OTHER_TIME = OffsetDateTime.parse("2030-01-01T00:00:00Z");

  @Test
  void tasksBuiltTheSameWayAreEqualWithEqualHashCodes() {
    Task a = Samples.fullTaskBuilder().putUnknownField("x", List.of(1)).build();
    Task b = Samples.fullTaskBuilder().putUnknownField("x", List.of(1)).build();

    assertNotSame(a, b);
    assertEquals(a, b);
    assertEquals(b, a);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void hashCodeIsStableAcrossCalls() {
    Task task = Samples.fullTaskBuilder().build();

    assertEquals(task.hashCode(), task.hashCode());
    assertEquals(task.hashCode(), task.toBuilder().build().hashCode());
  }

  @Test
  void equalsIsReflexiveAndRejectsNullAndOtherTypes() {
    Task task = Samples.fullTaskBuilder().build();

    assertEquals(task, task);
    assertFalse(task.equals(null));
    assertFalse(task.equals("Task"));
    assertFalse(new TaskStep().equals(new TaskReferenceInternal()));
  }

  @Test
  void tasksDifferWhenAnyPropertyDiffers() {
    Task base = Samples.fullTaskBuilder().build();
    Map<String, UnaryOperator<Task.Builder>> changes = new LinkedHashMap<>();
    changes.put("objectType", b -> b.objectType("other"));
    changes.put("reserved", b -> b.putReserved("$fv", "v4.r9"));
    changes.put("extId", b -> b.extId(Samples.OTHER_TASK_EXT_ID));
    changes.put("operation", b -> b.operation("Delete"));
    changes.put("operationDescription", b -> b.operationDescription("other"));
    changes.put("parentTask", b -> b.parentTask(taskRef("other")));
    changes.put("createdTime", b -> b.createdTime(OTHER_TIME));
    changes.put("startedTime", b -> b.startedTime(OTHER_TIME));
    changes.put("completedTime", b -> b.completedTime(OTHER_TIME));
    changes.put("status", b -> b.status(TaskStatus.FAILED));
    changes.put("progressPercentage", b -> b.progressPercentage(99));
    changes.put("entitiesAffected", b -> b.addEntitiesAffected(Samples.entity("more")));
    changes.put("subTasks", b -> b.addSubTasks(taskRef("more")));
    changes.put("subSteps", b -> b.addSubSteps(step("more")));
    changes.put("isCancelable", b -> b.isCancelable(true));
    changes.put("ownedBy", b -> b.ownedBy(Samples.owner("someone")));
    changes.put("completionDetails", b -> b.addCompletionDetails(Samples.kv("more", 1)));
    changes.put("errorMessages", b -> b.addErrorMessages(Samples.message("E-2")));
    changes.put("legacyErrorMessage", b -> b.legacyErrorMessage("other"));
    changes.put("warnings", b -> b.addWarnings(Samples.message("W-2")));
    changes.put("lastUpdatedTime", b -> b.lastUpdatedTime(OTHER_TIME));
    changes.put("clusterExtIds", b -> b.addClusterExtIds("more"));
    changes.put("rootTask", b -> b.rootTask(taskRef("other")));
    changes.put("isBackgroundTask", b -> b.isBackgroundTask(false));
    changes.put("numberOfSubtasks", b -> b.numberOfSubtasks(9));
    changes.put("numberOfEntitiesAffected", b -> b.numberOfEntitiesAffected(9));

    assertEquals(26, changes.size());
    assertAll(
        changes.entrySet().stream()
            .map(
                c ->
                    (Executable)
                        () -> {
                          Task changed = c.getValue().apply(base.toBuilder()).build();
                          assertNotEquals(base, changed, c.getKey());
                          assertNotEquals(changed, base, c.getKey());
                        }));
  }

  @Test
  void tasksDifferWhenAPropertyIsUnsetInOnlyOne() {
    Task base = Samples.fullTaskBuilder().build();

    assertNotEquals(base, base.toBuilder().extId(null).build());
    assertNotEquals(base, base.toBuilder().subSteps(null).build());
    assertNotEquals(base.toBuilder().subSteps(null).build(), base);
  }

  @Test
  void emptyListAndNullListAreNotEqual() {
    Task withEmpty = Task.builder().subSteps(List.of()).build();
    Task withNull = Task.builder().build();

    assertNotEquals(withEmpty, withNull);
  }

  @Test
  void tasksDifferWhenUnknownFieldsDiffer() {
    Task plain = Samples.fullTaskBuilder().build();
    Task withField = Samples.fullTaskBuilder().putUnknownField("x", 1).build();
    Task otherValue = Samples.fullTaskBuilder().putUnknownField("x", 2).build();

    assertNotEquals(plain, withField);
    assertNotEquals(withField, plain);
    assertNotEquals(withField, otherValue);
  }

  @Test
  void putUnknownFieldChangesEquality() {
    Task a = new Task();
    Task b = new Task();
    assertEquals(a, b);

    a.putUnknownField("x", null);

    assertNotEquals(a, b);
  }

  @Test
  void equalityFollowsSetters() {
    Task a = new Task();
    Task b = new Task();

    a.setProgressPercentage(10);
    assertNotEquals(a, b);
    b.setProgressPercentage(10);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void nestedModelsAreComparedByContent() {
    Task a = Task.builder().ownedBy(Samples.owner("admin")).addSubSteps(step("x")).build();
    Task b = Task.builder().ownedBy(Samples.owner("admin")).addSubSteps(step("x")).build();
    Task c = Task.builder().ownedBy(Samples.owner("admin")).addSubSteps(step("y")).build();

    assertNotSame(a.ownedBy(), b.ownedBy());
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, c);
  }

  @Test
  void taskReferenceInternalEqualityCoversEveryProperty() {
    TaskReferenceInternal base = taskRef("t");

    assertEquals(base, taskRef("t"));
    assertEquals(base.hashCode(), taskRef("t").hashCode());
    assertNotEquals(base, base.toBuilder().objectType("o").build());
    assertNotEquals(base, base.toBuilder().putReserved("k", "v").build());
    assertNotEquals(base, base.toBuilder().href("h").build());
    assertNotEquals(base, base.toBuilder().rel("parent").build());
    assertNotEquals(base, base.toBuilder().extId("ZXJnb24=:00000000-0000-0000-0000-000000000002").build());
    assertNotEquals(base, base.toBuilder().putUnknownField("u", 1).build());
  }

  @Test
  void entityReferenceEqualityCoversEveryProperty() {
    EntityReference base = Samples.entity("e");

    assertEquals(base, Samples.entity("e"));
    assertEquals(base.hashCode(), Samples.entity("e").hashCode());
    assertNotEquals(base, base.toBuilder().objectType("o").build());
    assertNotEquals(base, base.toBuilder().putReserved("k", "v").build());
    assertNotEquals(base, base.toBuilder().extId("other").build());
    assertNotEquals(base, base.toBuilder().rel("other").build());
    assertNotEquals(base, base.toBuilder().name("other").build());
    assertNotEquals(base, base.toBuilder().putUnknownField("u", 1).build());
  }

  @Test
  void ownerReferenceEqualityCoversEveryProperty() {
    OwnerReference base = Samples.owner("admin");

    assertEquals(base, Samples.owner("admin"));
    assertEquals(base.hashCode(), Samples.owner("admin").hashCode());
    assertNotEquals(base, base.toBuilder().objectType("o").build());
    assertNotEquals(base, base.toBuilder().putReserved("k", "v").build());
    assertNotEquals(
        base, base.toBuilder().extId("00000000-0000-0000-0000-000000000000").build());
    assertNotEquals(base, base.toBuilder().name("root").build());
    assertNotEquals(base, base.toBuilder().putUnknownField("u", 1).build());
  }

  @Test
  void taskStepEqualityCoversEveryProperty() {
    TaskStep base = step("s");

    assertEquals(base, step("s"));
    assertEquals(base.hashCode(), step("s").hashCode());
    assertNotEquals(base, base.toBuilder().objectType("o").build());
    assertNotEquals(base, base.toBuilder().putReserved("k", "v").build());
    assertNotEquals(base, base.toBuilder().name("t").build());
    assertNotEquals(base, base.toBuilder().putUnknownField("u", 1).build());
  }

  @Test
  void appMessageEqualityCoversEveryProperty() {
    AppMessage base = Samples.message("C-1");

    assertEquals(base, Samples.message("C-1"));
    assertEquals(base.hashCode(), Samples.message("C-1").hashCode());
    assertNotEquals(base, base.toBuilder().objectType("o").build());
    assertNotEquals(base, base.toBuilder().putReserved("k", "v").build());
    assertNotEquals(base, base.toBuilder().message("other").build());
    assertNotEquals(base, base.toBuilder().severity(MessageSeverity.INFO).build());
    assertNotEquals(base, base.toBuilder().code("C-2").build());
    assertNotEquals(base, base.toBuilder().locale("fr_FR").build());
    assertNotEquals(base, base.toBuilder().errorGroup("other").build());
    assertNotEquals(base, base.toBuilder().putArgumentsMap("more", "x").build());
    assertNotEquals(base, base.toBuilder().putUnknownField("u", 1).build());
  }

  @Test
  void kvPairEqualityCoversEveryProperty() {
    KVPair base = Samples.kv("abc", List.of(1, "two"));

    assertEquals(base, Samples.kv("abc", List.of(1, "two")));
    assertEquals(base.hashCode(), Samples.kv("abc", List.of(1, "two")).hashCode());
    assertNotEquals(base, base.toBuilder().objectType("o").build());
    assertNotEquals(base, base.toBuilder().putReserved("k", "v").build());
    assertNotEquals(base, base.toBuilder().name("abcd").build());
    assertNotEquals(base, base.toBuilder().value(List.of(1)).build());
    assertNotEquals(base, base.toBuilder().putUnknownField("u", 1).build());
  }

  @Test
  void mapOfStringWrapperEqualityCoversEveryProperty() {
    MapOfStringWrapper base = MapOfStringWrapper.builder().putMap("k", "v").build();
    MapOfStringWrapper same = MapOfStringWrapper.builder().putMap("k", "v").build();

    assertEquals(base, same);
    assertEquals(base.hashCode(), same.hashCode());
    assertNotEquals(base, base.toBuilder().objectType("o").build());
    assertNotEquals(base, base.toBuilder().putReserved("k", "v").build());
    assertNotEquals(base, base.toBuilder().putMap("k", "other").build());
    assertNotEquals(base, base.toBuilder().putUnknownField("u", 1).build());
  }
}
