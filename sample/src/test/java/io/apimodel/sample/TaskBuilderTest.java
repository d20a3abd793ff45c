package io.apimodel.sample;

import static io.apimodel.sample.Samples.COMPLETED;
import static io.apimodel.sample.Samples.CREATED;
import static io.apimodel.sample.Samples.OWNER_EXT_ID;
import static io.apimodel.sample.Samples.STARTED;
import static io.apimodel.sample.Samples.TASK_EXT_ID;
import static io.apimodel.sample.Samples.UPDATED;
import static io.apimodel.sample.Samples.entity;
import static io.apimodel.sample.Samples.kv;
import static io.apimodel.sample.Samples.message;
import static io.apimodel.sample.Samples.owner;
import static io.apimodel.sample.Samples.step;
import static io.apimodel.sample.Samples.taskRef;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC §3 {@code builder()} and {@code Builder}: fluent methods, add/addAll/put, build(). */
class TaskBuilderTest {

  @Test
  void builderStartsWithTheDefaultValues() {
    Task task = Task.builder().build();

    assertEquals("prism.v4.config.Task", task.objectType());
    assertEquals(Map.of("$fv", "v4.r0"), task.reserved());
    assertNull(task.extId());
    assertNull(task.subSteps());
    assertEquals(new Task(), task);
  }

  @Test
  void appMessageBuilderStartsWithLocaleEnUs() {
    AppMessage message = AppMessage.builder().build();

    assertEquals("en_US", message.locale());
    assertEquals("prism.v4.error.AppMessage", message.objectType());
  }

  @Test
  void kvPairBuilderStartsWithCommonV1Defaults() {
    KVPair pair = KVPair.builder().build();

    assertEquals("common.v1.config.KVPair", pair.objectType());
    assertEquals(Map.of("$fv", "v1.r0"), pair.reserved());
  }

  @Test
  void everyFluentMethodSetsItsProperty() {
    Task task = Samples.fullTaskBuilder().build();

    assertAll(
        () -> assertEquals("prism.v4.config.Task", task.objectType()),
        () -> assertEquals(Map.of("$fv", "v4.r0.b1"), task.reserved()),
        () -> assertEquals(TASK_EXT_ID, task.extId()),
        () -> assertEquals("Register", task.operation()),
        () -> assertEquals("Register PC", task.operationDescription()),
        () -> assertEquals(taskRef("parent"), task.parentTask()),
        () -> assertEquals(CREATED, task.createdTime()),
        () -> assertEquals(STARTED, task.startedTime()),
        () -> assertEquals(COMPLETED, task.completedTime()),
        () -> assertEquals(TaskStatus.SUCCEEDED, task.status()),
        () -> assertEquals(100, task.progressPercentage()),
        () -> assertEquals(List.of(entity("domain_manager")), task.entitiesAffected()),
        () -> assertEquals(List.of(taskRef("child-1"), taskRef("child-2")), task.subTasks()),
        () -> assertEquals(List.of(step("prepare"), step("register")), task.subSteps()),
        () -> assertEquals(false, task.isCancelable()),
        () -> assertEquals(owner("admin"), task.ownedBy()),
        () -> assertEquals(List.of(kv("clusterExtId", "c-1")), task.completionDetails()),
        () -> assertEquals(List.of(message("TSKS-20801")), task.errorMessages()),
        () -> assertEquals("1 subtask has failed.", task.legacyErrorMessage()),
        () -> assertEquals(List.of(message("TSKS-10001")), task.warnings()),
        () -> assertEquals(UPDATED, task.lastUpdatedTime()),
        () -> assertEquals(List.of("cluster-a", "cluster-b"), task.clusterExtIds()),
        () -> assertEquals(taskRef("root"), task.rootTask()),
        () -> assertEquals(true, task.isBackgroundTask()),
        () -> assertEquals(2, task.numberOfSubtasks()),
        () -> assertEquals(1, task.numberOfEntitiesAffected()));
  }

  @Test
  void fluentMethodsReturnTheSameBuilder() {
    Task.Builder b = Task.builder();

    assertSame(b, b.extId(TASK_EXT_ID));
    assertSame(b, b.progressPercentage(1));
    assertSame(b, b.subSteps(List.of()));
    assertSame(b, b.addSubSteps(step("a")));
    assertSame(b, b.addAllSubSteps(List.of(step("b"))));
    assertSame(b, b.putReserved("k", "v"));
    assertSame(b, b.reserved(Map.of()));
    assertSame(b, b.putUnknownField("x", 1));
  }

  @Test
  void setterAndBuilderProduceEqualTasks() {
    Task viaSetters = new Task();
    viaSetters.setExtId(TASK_EXT_ID);
    viaSetters.setProgressPercentage(30);
    viaSetters.setSubSteps(List.of(step("a")));

    Task viaBuilder =
        Task.builder().extId(TASK_EXT_ID).progressPercentage(30).addSubSteps(step("a")).build();

    assertEquals(viaSetters, viaBuilder);
  }

  @Test
  void addAppendsVarargsItemsInOrder() {
    Task task =
        Task.builder()
            .addSubSteps(step("a"))
            .addSubSteps(step("b"), step("c"))
            .addClusterExtIds("x", "y")
            .build();

    assertEquals(List.of(step("a"), step("b"), step("c")), task.subSteps());
    assertEquals(List.of("x", "y"), task.clusterExtIds());
  }

  @Test
  void addAppendsToAListSetBefore() {
    Task task =
        Task.builder()
            .subTasks(List.of(taskRef("first")))
            .addSubTasks(taskRef("second"))
            .build();

    assertEquals(List.of(taskRef("first"), taskRef("second")), task.subTasks());
  }

  @Test
  void addAllAppendsEveryItemOfAnIterable() {
    LinkedHashSet<String> ids = new LinkedHashSet<>(List.of("b", "c"));
    Iterable<EntityReference> entities = () -> List.of(entity("e1"), entity("e2")).iterator();

    Task task =
        Task.builder()
            .addClusterExtIds("a")
            .addAllClusterExtIds(ids)
            .addAllEntitiesAffected(entities)
            .addAllSubSteps(List.of(step("s")))
            .addAllSubTasks(List.of(taskRef("t")))
            .addAllCompletionDetails(List.of(kv("key", "v")))
            .addAllErrorMessages(List.of(message("E-1")))
            .addAllWarnings(List.of(message("W-1")))
            .build();

    assertEquals(List.of("a", "b", "c"), task.clusterExtIds());
    assertEquals(List.of(entity("e1"), entity("e2")), task.entitiesAffected());
    assertEquals(List.of(step("s")), task.subSteps());
    assertEquals(List.of(taskRef("t")), task.subTasks());
    assertEquals(List.of(kv("key", "v")), task.completionDetails());
    assertEquals(List.of(message("E-1")), task.errorMessages());
    assertEquals(List.of(message("W-1")), task.warnings());
  }

  @Test
  void addMethodsExistForEveryListProperty() {
    Task task =
        Task.builder()
            .addEntitiesAffected(entity("e"))
            .addSubTasks(taskRef("t"))
            .addCompletionDetails(kv("key", 1))
            .addErrorMessages(message("E-1"))
            .addWarnings(message("W-1"))
            .build();

    assertEquals(1, task.entitiesAffected().size());
    assertEquals(1, task.subTasks().size());
    assertEquals(1, task.completionDetails().size());
    assertEquals(1, task.errorMessages().size());
    assertEquals(1, task.warnings().size());
  }

  @Test
  void listFluentMethodWithNullUnsetsTheList() {
    Task task = Task.builder().addSubSteps(step("a")).subSteps(null).build();

    assertNull(task.subSteps());
  }

  @Test
  void builderDoesNotMutateOrKeepTheListItWasGiven() {
    List<TaskStep> given = new ArrayList<>(List.of(step("a")));

    Task.Builder b = Task.builder().subSteps(given).addSubSteps(step("b"));
    given.add(step("late"));
    Task task = b.build();

    assertEquals(List.of(step("a")), given.subList(0, 1));
    assertEquals(2, given.size());
    assertEquals(List.of(step("a"), step("b")), task.subSteps());
  }

  @Test
  void putArgumentsMapAddsEntriesInOrder() {
    AppMessage message =
        AppMessage.builder()
            .putArgumentsMap("vm", "vm-1")
            .putArgumentsMap("host", "h-1")
            .putArgumentsMap("cluster", "c-1")
            .build();

    assertEquals(Map.of("vm", "vm-1", "host", "h-1", "cluster", "c-1"), message.argumentsMap());
    assertEquals(
        List.of("vm", "host", "cluster"), new ArrayList<>(message.argumentsMap().keySet()));
  }

  @Test
  void putArgumentsMapAddsToAMapSetBeforeAndReplacesEqualKeys() {
    AppMessage message =
        AppMessage.builder()
            .argumentsMap(Map.of("vm", "vm-1"))
            .putArgumentsMap("host", "h-1")
            .putArgumentsMap("vm", "vm-2")
            .build();

    assertEquals(Map.of("vm", "vm-2", "host", "h-1"), message.argumentsMap());
  }

  @Test
  void putMapAddsEntriesToMapOfStringWrapper() {
    MapOfStringWrapper wrapper =
        MapOfStringWrapper.builder().putMap("a", "1").putMap("b", "2").build();

    assertEquals(Map.of("a", "1", "b", "2"), wrapper.map());
    assertEquals("common.v1.config.MapOfStringWrapper", wrapper.objectType());
  }

  @Test
  void putReservedAddsToTheDefaultReservedMap() {
    Task task = Task.builder().putReserved("extra", "x").build();

    assertEquals(Map.of("$fv", "v4.r0", "extra", "x"), task.reserved());
  }

  @Test
  void builtListsAreUnmodifiable() {
    Task task = Samples.fullTaskBuilder().build();

    assertThrows(UnsupportedOperationException.class, () -> task.subSteps().add(step("x")));
    assertThrows(UnsupportedOperationException.class, () -> task.clusterExtIds().clear());
    assertThrows(UnsupportedOperationException.class, () -> task.entitiesAffected().remove(0));
    assertThrows(UnsupportedOperationException.class, () -> task.subTasks().add(null));
    assertThrows(UnsupportedOperationException.class, () -> task.completionDetails().clear());
    assertThrows(UnsupportedOperationException.class, () -> task.errorMessages().clear());
    assertThrows(UnsupportedOperationException.class, () -> task.warnings().clear());
  }

  @Test
  void builtMapsAreUnmodifiable() {
    AppMessage message = AppMessage.builder().putArgumentsMap("vm", "vm-1").build();
    MapOfStringWrapper wrapper = MapOfStringWrapper.builder().putMap("a", "1").build();

    assertThrows(UnsupportedOperationException.class, () -> message.argumentsMap().put("x", "y"));
    assertThrows(UnsupportedOperationException.class, () -> message.reserved().clear());
    assertThrows(UnsupportedOperationException.class, () -> wrapper.map().remove("a"));
    assertThrows(UnsupportedOperationException.class, () -> wrapper.reserved().put("x", "y"));
  }

  @Test
  void builtKvPairValueIsADeepUnmodifiableCopy() {
    List<Object> inner = new ArrayList<>(List.of(1, 2));
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("numbers", inner);

    KVPair pair = KVPair.builder().name("abc").value(value).build();
    inner.add(3);
    value.put("later", true);

    @SuppressWarnings("unchecked")
    Map<String, Object> stored = (Map<String, Object>) pair.value();
    assertEquals(Map.of("numbers", List.of(1, 2)), stored);
    assertThrows(UnsupportedOperationException.class, () -> stored.put("x", 1));
    @SuppressWarnings("unchecked")
    List<Object> numbers = (List<Object>) stored.get("numbers");
    assertThrows(UnsupportedOperationException.class, () -> numbers.add(4));
  }

  @Test
  void changingTheBuilderAfterBuildDoesNotChangeTheBuiltObject() {
    Task.Builder b = Task.builder().extId(TASK_EXT_ID).addSubSteps(step("a"));
    Task first = b.build();

    b.extId(null).addSubSteps(step("b")).putReserved("x", "y").putUnknownField("u", 1);

    assertEquals(TASK_EXT_ID, first.extId());
    assertEquals(List.of(step("a")), first.subSteps());
    assertEquals(Map.of("$fv", "v4.r0"), first.reserved());
    assertEquals(Map.of(), first.unknownFields());
  }

  @Test
  void eachBuildReturnsANewEqualObject() {
    Task.Builder b = Samples.fullTaskBuilder();

    Task first = b.build();
    Task second = b.build();

    assertNotSame(first, second);
    assertEquals(first, second);
  }

  @Test
  void otherModelsHaveAFluentMethodPerProperty() {
    TaskReferenceInternal ref =
        TaskReferenceInternal.builder()
            .objectType("t")
            .reserved(Map.of("$fv", "x"))
            .href("h")
            .rel("r")
            .extId("ZXJnb24=:00000000-0000-0000-0000-000000000002")
            .build();
    EntityReference entity =
        EntityReference.builder().extId(OWNER_EXT_ID).rel("vm").name("vm-1").build();
    OwnerReference owner = OwnerReference.builder().extId(OWNER_EXT_ID).name("admin").build();
    TaskStep step = TaskStep.builder().name("prepare").build();
    AppMessage message =
        AppMessage.builder()
            .message("m")
            .severity(MessageSeverity.INFO)
            .code("C-1")
            .locale("de_DE")
            .errorGroup("G")
            .argumentsMap(Map.of("a", "b"))
            .build();
    KVPair pair = KVPair.builder().name("abc").value(List.of(1)).build();
    MapOfStringWrapper wrapper = MapOfStringWrapper.builder().map(Map.of("k", "v")).build();

    assertAll(
        () -> assertEquals("t", ref.objectType()),
        () -> assertEquals(Map.of("$fv", "x"), ref.reserved()),
        () -> assertEquals("h", ref.href()),
        () -> assertEquals("r", ref.rel()),
        () -> assertEquals("ZXJnb24=:00000000-0000-0000-0000-000000000002", ref.extId()),
        () -> assertEquals(OWNER_EXT_ID, entity.extId()),
        () -> assertEquals("vm", entity.rel()),
        () -> assertEquals("vm-1", entity.name()),
        () -> assertEquals(OWNER_EXT_ID, owner.extId()),
        () -> assertEquals("admin", owner.name()),
        () -> assertEquals("prepare", step.name()),
        () -> assertEquals("m", message.message()),
        () -> assertEquals(MessageSeverity.INFO, message.severity()),
        () -> assertEquals("C-1", message.code()),
        () -> assertEquals("de_DE", message.locale()),
        () -> assertEquals("G", message.errorGroup()),
        () -> assertEquals(Map.of("a", "b"), message.argumentsMap()),
        () -> assertEquals("abc", pair.name()),
        () -> assertEquals(List.of(1), pair.value()),
        () -> assertEquals(Map.of("k", "v"), wrapper.map()));
  }
}
