package io.apimodel.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.apimodel.runtime.Violation;
import io.apimodel.sample.common.v1.config.KVPair;
import io.apimodel.sample.common.v1.config.MessageSeverity;
import io.apimodel.sample.prism.v4.config.EntityReference;
import io.apimodel.sample.prism.v4.config.OwnerReference;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskReferenceInternal;
import io.apimodel.sample.prism.v4.config.TaskStatus;
import io.apimodel.sample.prism.v4.config.TaskStep;
import io.apimodel.sample.prism.v4.error.AppMessage;
import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Values and small factories shared by the sample tests. */
final class Samples {

  /** A valid {@code Task.extId}, as the Prism API sends it. */
  static final String TASK_EXT_ID = "ZXJnb24=:278bbfc2-280f-529b-882b-14ea649b9a95";

  /** Another valid {@code Task.extId}. */
  static final String OTHER_TASK_EXT_ID = "ZXJnb24=:0b6c3a0e-62a4-4d8c-b1a4-7f0e5c6d9a21";

  /** A valid {@code OwnerReference.extId} (a UUID). */
  static final String OWNER_EXT_ID = "148ee646-25d0-46f6-9977-61ad02acc5e1";

  /** {@code Task.extId}'s regex, as SPEC §2 writes it. */
  static final String TASK_EXT_ID_REGEX =
      "^[a-zA-Z0-9/+]*={0,2}:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}"
          + "-[a-fA-F0-9]{12}";

  /** {@code OwnerReference.extId}'s regex. */
  static final String UUID_REGEX =
      "^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}$";

  static final OffsetDateTime CREATED = OffsetDateTime.parse("2024-06-07T11:11:34.839373Z");
  static final OffsetDateTime STARTED = OffsetDateTime.parse("2024-06-07T11:11:34.85353Z");
  static final OffsetDateTime COMPLETED = OffsetDateTime.parse("2024-06-07T11:11:42.078697Z");
  static final OffsetDateTime UPDATED = OffsetDateTime.parse("2024-06-07T11:11:42.078696Z");

  /** U+1F600, one code point written as two Java chars. */
  static final String ASTRAL = "\uD83D\uDE00";

  private Samples() {}

  static TaskStep step(String name) {
    return TaskStep.builder().name(name).build();
  }

  /** {@code n} valid steps named {@code step-0}, {@code step-1}, ... */
  static List<TaskStep> steps(int n) {
    List<TaskStep> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(step("step-" + i));
    }
    return out;
  }

  /**
   * A reference to a task; {@code label} is made a valid task extId (the API's
   * {@code <base64 cluster>:<uuid>} form) when it is not one already, the same for the same label.
   */
  static TaskReferenceInternal taskRef(String label) {
    String extId = label.contains(":") ? label
        : "ZXJnb24=:" + java.util.UUID.nameUUIDFromBytes(label.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return TaskReferenceInternal.builder()
        .href("https://pc:9440/api/prism/v4.0/config/tasks/" + extId)
        .rel("subtask")
        .extId(extId)
        .build();
  }

  static List<TaskReferenceInternal> taskRefs(int n) {
    List<TaskReferenceInternal> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(taskRef("ref-" + i));
    }
    return out;
  }

  static EntityReference entity(String name) {
    return EntityReference.builder()
        .extId(OWNER_EXT_ID)
        .rel("prism:management:domain_manager")
        .name(name)
        .build();
  }

  static List<EntityReference> entities(int n) {
    List<EntityReference> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(entity("entity-" + i));
    }
    return out;
  }

  static OwnerReference owner(String name) {
    return OwnerReference.builder().extId(OWNER_EXT_ID).name(name).build();
  }

  static KVPair kv(String name, Object value) {
    return KVPair.builder().name(name).value(value).build();
  }

  static List<KVPair> kvs(int n) {
    List<KVPair> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(kv("key-" + i, i));
    }
    return out;
  }

  static AppMessage message(String code) {
    return AppMessage.builder()
        .message("Operation failed")
        .severity(MessageSeverity.ERROR)
        .code(code)
        .errorGroup("LEGACY_ERROR")
        .putArgumentsMap("vm", "vm-1")
        .build();
  }

  static List<AppMessage> messages(int n) {
    List<AppMessage> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(message("TSKS-" + i));
    }
    return out;
  }

  static List<String> strings(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("cluster-" + i);
    }
    return out;
  }

  /** A builder with every one of Task's 26 properties set to a valid, non-default value. */
  static Task.Builder fullTaskBuilder() {
    return Task.builder()
        .objectType("prism.v4.config.Task")
        .putReserved("$fv", "v4.r0.b1")
        .extId(TASK_EXT_ID)
        .operation("Register")
        .operationDescription("Register PC")
        .parentTask(taskRef("parent"))
        .createdTime(CREATED)
        .startedTime(STARTED)
        .completedTime(COMPLETED)
        .status(TaskStatus.SUCCEEDED)
        .progressPercentage(100)
        .addEntitiesAffected(entity("domain_manager"))
        .addSubTasks(taskRef("child-1"), taskRef("child-2"))
        .addSubSteps(step("prepare"), step("register"))
        .isCancelable(false)
        .ownedBy(owner("admin"))
        .addCompletionDetails(kv("clusterExtId", "c-1"))
        .addErrorMessages(message("TSKS-20801"))
        .legacyErrorMessage("1 subtask has failed.")
        .addWarnings(message("TSKS-10001"))
        .lastUpdatedTime(UPDATED)
        .addClusterExtIds("cluster-a", "cluster-b")
        .rootTask(taskRef("root"))
        .isBackgroundTask(true)
        .numberOfSubtasks(2)
        .numberOfEntitiesAffected(1);
  }

  /**
   * Writes a private field of a generated model directly, bypassing its setter.
   *
   * <p>The sample models have no {@code @Required} property and every setter checks its own
   * constraints, so no instance reachable through the public API is invalid. Nested validation
   * ({@code validate()} / {@code build()} recursing into nested models) can only be observed with
   * an invalid nested model, such as a JSON read or a {@code @Required} property would produce;
   * this makes one. It relies on the generated field being named like the property.
   */
  static <T> T forceField(T model, String property, Object value) {
    try {
      Field field = model.getClass().getDeclaredField(property);
      field.setAccessible(true);
      field.set(model, value);
      return model;
    } catch (ReflectiveOperationException e) {
      return fail("cannot write field " + property + " of " + model.getClass().getSimpleName(), e);
    }
  }

  /** An EntityReference whose name (257 chars) breaks its max length of 256. */
  static EntityReference invalidEntity() {
    return forceField(entity("ok"), "name", "n".repeat(257));
  }

  /** An OwnerReference whose extId breaks its UUID pattern. */
  static OwnerReference invalidOwner(String extId) {
    return forceField(owner("admin"), "extId", extId);
  }

  static void assertViolation(
      Violation actual, String path, String message, String invalidValue) {
    assertAll(
        () -> assertEquals(path, actual.path(), "path"),
        () -> assertEquals(message, actual.message(), "message"),
        () -> assertEquals(invalidValue, actual.invalidValue(), "invalidValue"));
  }
}
