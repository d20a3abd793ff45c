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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC §3 accessors and {@code setX}: valid values are stored; lists and maps as frozen copies. */
class SettersTest {

  @Test
  void everyTaskSetterStoresItsValueForItsAccessor() {
    TaskReferenceInternal parent = taskRef("parent");
    TaskReferenceInternal root = taskRef("root");
    OwnerReference owner = owner("admin");
    List<EntityReference> entities = List.of(entity("vm-1"));
    List<TaskReferenceInternal> subTasks = List.of(taskRef("child"));
    List<TaskStep> subSteps = List.of(step("prepare"));
    List<KVPair> details = List.of(kv("clusterExtId", "c-1"));
    List<AppMessage> errors = List.of(message("TSKS-1"));
    List<AppMessage> warnings = List.of(message("TSKS-2"));
    Task task = new Task();

    task.setObjectType("prism.v4.config.Task2");
    task.setReserved(Map.of("$fv", "v4.r0.b1"));
    task.setExtId(TASK_EXT_ID);
    task.setOperation("Register");
    task.setOperationDescription("Register PC");
    task.setParentTask(parent);
    task.setCreatedTime(CREATED);
    task.setStartedTime(STARTED);
    task.setCompletedTime(COMPLETED);
    task.setStatus(TaskStatus.RUNNING);
    task.setProgressPercentage(42);
    task.setEntitiesAffected(entities);
    task.setSubTasks(subTasks);
    task.setSubSteps(subSteps);
    task.setIsCancelable(true);
    task.setOwnedBy(owner);
    task.setCompletionDetails(details);
    task.setErrorMessages(errors);
    task.setLegacyErrorMessage("1 subtask has failed.");
    task.setWarnings(warnings);
    task.setLastUpdatedTime(UPDATED);
    task.setClusterExtIds(List.of("cluster-a"));
    task.setRootTask(root);
    task.setIsBackgroundTask(false);
    task.setNumberOfSubtasks(3);
    task.setNumberOfEntitiesAffected(7);

    assertAll(
        () -> assertEquals("prism.v4.config.Task2", task.objectType()),
        () -> assertEquals(Map.of("$fv", "v4.r0.b1"), task.reserved()),
        () -> assertEquals(TASK_EXT_ID, task.extId()),
        () -> assertEquals("Register", task.operation()),
        () -> assertEquals("Register PC", task.operationDescription()),
        () -> assertSame(parent, task.parentTask()),
        () -> assertEquals(CREATED, task.createdTime()),
        () -> assertEquals(STARTED, task.startedTime()),
        () -> assertEquals(COMPLETED, task.completedTime()),
        () -> assertEquals(TaskStatus.RUNNING, task.status()),
        () -> assertEquals(42, task.progressPercentage()),
        () -> assertEquals(entities, task.entitiesAffected()),
        () -> assertEquals(subTasks, task.subTasks()),
        () -> assertEquals(subSteps, task.subSteps()),
        () -> assertEquals(true, task.isCancelable()),
        () -> assertSame(owner, task.ownedBy()),
        () -> assertEquals(details, task.completionDetails()),
        () -> assertEquals(errors, task.errorMessages()),
        () -> assertEquals("1 subtask has failed.", task.legacyErrorMessage()),
        () -> assertEquals(warnings, task.warnings()),
        () -> assertEquals(UPDATED, task.lastUpdatedTime()),
        () -> assertEquals(List.of("cluster-a"), task.clusterExtIds()),
        () -> assertSame(root, task.rootTask()),
        () -> assertEquals(false, task.isBackgroundTask()),
        () -> assertEquals(3, task.numberOfSubtasks()),
        () -> assertEquals(7, task.numberOfEntitiesAffected()));
  }

  @Test
  void settersAcceptNullToUnsetAProperty() {
    Task task = Samples.fullTaskBuilder().build();

    task.setExtId(null);
    task.setProgressPercentage(null);
    task.setSubSteps(null);
    task.setOwnedBy(null);
    task.setReserved(null);

    assertNull(task.extId());
    assertNull(task.progressPercentage());
    assertNull(task.subSteps());
    assertNull(task.ownedBy());
    assertNull(task.reserved());
  }

  @Test
  void taskReferenceInternalSettersStoreTheirValues() {
    TaskReferenceInternal ref = new TaskReferenceInternal();

    ref.setObjectType("t");
    ref.setReserved(Map.of("$fv", "x"));
    ref.setHref("https://pc/tasks/1");
    ref.setRel("subtask");
    ref.setExtId("ZXJnb24=:00000000-0000-0000-0000-000000000001");

    assertEquals("t", ref.objectType());
    assertEquals(Map.of("$fv", "x"), ref.reserved());
    assertEquals("https://pc/tasks/1", ref.href());
    assertEquals("subtask", ref.rel());
    assertEquals("ZXJnb24=:00000000-0000-0000-0000-000000000001", ref.extId());
  }

  @Test
  void entityReferenceSettersStoreTheirValues() {
    EntityReference entity = new EntityReference();

    entity.setObjectType("t");
    entity.setReserved(Map.of("$fv", "x"));
    entity.setExtId(OWNER_EXT_ID);
    entity.setRel("vmm:ahv:config:vm");
    entity.setName("vm-1");

    assertEquals("t", entity.objectType());
    assertEquals(Map.of("$fv", "x"), entity.reserved());
    assertEquals(OWNER_EXT_ID, entity.extId());
    assertEquals("vmm:ahv:config:vm", entity.rel());
    assertEquals("vm-1", entity.name());
  }

  @Test
  void taskStepSettersStoreTheirValues() {
    TaskStep step = new TaskStep();

    step.setObjectType("t");
    step.setReserved(Map.of("$fv", "x"));
    step.setName("prepare");

    assertEquals("t", step.objectType());
    assertEquals(Map.of("$fv", "x"), step.reserved());
    assertEquals("prepare", step.name());
  }

  @Test
  void ownerReferenceSettersStoreTheirValues() {
    OwnerReference owner = new OwnerReference();

    owner.setObjectType("t");
    owner.setReserved(Map.of("$fv", "x"));
    owner.setExtId(OWNER_EXT_ID);
    owner.setName("admin");

    assertEquals("t", owner.objectType());
    assertEquals(Map.of("$fv", "x"), owner.reserved());
    assertEquals(OWNER_EXT_ID, owner.extId());
    assertEquals("admin", owner.name());
  }

  @Test
  void appMessageSettersStoreTheirValues() {
    AppMessage message = new AppMessage();

    message.setObjectType("t");
    message.setReserved(Map.of("$fv", "x"));
    message.setMessage("Operation failed");
    message.setSeverity(MessageSeverity.WARNING);
    message.setCode("TSKS-20801");
    message.setLocale("fr_FR");
    message.setErrorGroup("LEGACY_ERROR");
    message.setArgumentsMap(Map.of("vm", "vm-1"));

    assertEquals("t", message.objectType());
    assertEquals(Map.of("$fv", "x"), message.reserved());
    assertEquals("Operation failed", message.message());
    assertEquals(MessageSeverity.WARNING, message.severity());
    assertEquals("TSKS-20801", message.code());
    assertEquals("fr_FR", message.locale());
    assertEquals("LEGACY_ERROR", message.errorGroup());
    assertEquals(Map.of("vm", "vm-1"), message.argumentsMap());
  }

  @Test
  void kvPairSettersStoreTheirValues() {
    KVPair pair = new KVPair();

    pair.setObjectType("t");
    pair.setReserved(Map.of("$fv", "x"));
    pair.setName("abc");
    pair.setValue(12.5);

    assertEquals("t", pair.objectType());
    assertEquals(Map.of("$fv", "x"), pair.reserved());
    assertEquals("abc", pair.name());
    assertEquals(12.5, pair.value());
  }

  @Test
  void mapOfStringWrapperSettersStoreTheirValues() {
    MapOfStringWrapper wrapper = new MapOfStringWrapper();

    wrapper.setObjectType("t");
    wrapper.setReserved(Map.of("$fv", "x"));
    wrapper.setMap(Map.of("k", "v"));

    assertEquals("t", wrapper.objectType());
    assertEquals(Map.of("$fv", "x"), wrapper.reserved());
    assertEquals(Map.of("k", "v"), wrapper.map());
  }

  @Test
  void listSetterStoresACopyThatIgnoresLaterChangesToTheArgument() {
    List<String> ids = new ArrayList<>(List.of("cluster-a", "cluster-b"));
    Task task = new Task();

    task.setClusterExtIds(ids);
    ids.add("cluster-c");
    ids.set(0, "changed");

    assertEquals(List.of("cluster-a", "cluster-b"), task.clusterExtIds());
  }

  @Test
  void listSetterStoresAnUnmodifiableList() {
    Task task = new Task();
    task.setSubSteps(new ArrayList<>(List.of(step("prepare"))));

    List<TaskStep> stored = task.subSteps();

    assertThrows(UnsupportedOperationException.class, () -> stored.add(step("more")));
    assertThrows(UnsupportedOperationException.class, () -> stored.remove(0));
    assertEquals(List.of(step("prepare")), task.subSteps());
  }

  @Test
  void mapSetterStoresACopyThatIgnoresLaterChangesToTheArgument() {
    Map<String, String> args = new LinkedHashMap<>(Map.of("vm", "vm-1"));
    AppMessage message = new AppMessage();

    message.setArgumentsMap(args);
    args.put("host", "h-1");
    args.put("vm", "changed");

    assertEquals(Map.of("vm", "vm-1"), message.argumentsMap());
  }

  @Test
  void mapSetterStoresAnUnmodifiableMap() {
    MapOfStringWrapper wrapper = new MapOfStringWrapper();
    wrapper.setMap(new LinkedHashMap<>(Map.of("k", "v")));

    Map<String, String> stored = wrapper.map();

    assertThrows(UnsupportedOperationException.class, () -> stored.put("k2", "v2"));
    assertThrows(UnsupportedOperationException.class, () -> stored.remove("k"));
    assertEquals(Map.of("k", "v"), wrapper.map());
  }

  @Test
  void reservedSetterStoresAnUnmodifiableCopy() {
    Map<String, String> reserved = new LinkedHashMap<>(Map.of("$fv", "v4.r1"));
    Task task = new Task();

    task.setReserved(reserved);
    reserved.put("$fv", "changed");

    assertEquals(Map.of("$fv", "v4.r1"), task.reserved());
    assertThrows(UnsupportedOperationException.class, () -> task.reserved().put("x", "y"));
  }

  @Test
  void mapSetterKeepsTheArgumentsOrder() {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("zeta", "1");
    args.put("alpha", "2");
    args.put("mid", "3");
    AppMessage message = new AppMessage();

    message.setArgumentsMap(args);

    assertEquals(List.of("zeta", "alpha", "mid"), new ArrayList<>(message.argumentsMap().keySet()));
  }

  @Test
  void objectSetterStoresDeepUnmodifiableCopiesOfListsAndMaps() {
    List<Object> inner = new ArrayList<>(List.of("a"));
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("items", inner);
    KVPair pair = new KVPair();

    pair.setValue(value);
    inner.add("b");
    value.put("other", 1);

    @SuppressWarnings("unchecked")
    Map<String, Object> stored = (Map<String, Object>) pair.value();
    @SuppressWarnings("unchecked")
    List<Object> storedItems = (List<Object>) stored.get("items");
    assertEquals(Map.of("items", List.of("a")), stored);
    assertThrows(UnsupportedOperationException.class, () -> stored.put("x", 1));
    assertThrows(UnsupportedOperationException.class, () -> storedItems.add("c"));
  }
}
