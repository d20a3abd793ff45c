package io.apimodel.sample;

import static io.apimodel.sample.ToStrValues.dt;
import static io.apimodel.sample.ToStrValues.list;
import static io.apimodel.sample.ToStrValues.map;
import static io.apimodel.sample.ToStrValues.strings;

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
import java.util.List;
import java.util.Map;

/**
 * Section 1 of {@code src/test/python/make_tostr_cases.py}: the sample's models, built with the
 * generated builders, case by case in the script's order and under its names.
 */
final class TaskToStrCases {

  private TaskToStrCases() {}

  private static final String LARGE_PARENT = "ZXJnb24=:0b9e4d12-8c3a-4f71-9e25-6a1d7c3b8f54";
  private static final String TASKS_URL = "https://10.40.12.21:9440/api/prism/v4.0/config/tasks/";

  static void addTo(ToStrValues.Cases cases) {
    // shared/fixtures/bench/task-large.json, plus errorMessages and legacyErrorMessage (absent
    // there) so that all 24 fields are set.
    cases.add("task_full", () -> Task.builder()
        .extId("ZXJnb24=:7f3c2a1e-5b8d-4c9e-a2f1-3d6b8e0c9a47")
        .operation("VmClone")
        .operationDescription("Clone VM app-db-01 into 3 target clusters")
        .parentTask(TaskReferenceInternal.builder().extId(LARGE_PARENT).href(TASKS_URL + LARGE_PARENT).rel("parent").build())
        .createdTime(dt("2025-03-18T10:42:17.318524Z"))
        .startedTime(dt("2025-03-18T10:42:17.529113Z"))
        .completedTime(dt("2025-03-18T10:47:52.904761Z"))
        .status(TaskStatus.SUCCEEDED)
        .progressPercentage(100)
        .entitiesAffected(List.of(
            EntityReference.builder().extId("5c1e9a7d-3f42-4b8e-9d16-2a7c4e8b1f93").rel("vmm:ahv:config:vm").name("app-db-01-clone-1").build(),
            EntityReference.builder().extId("8a4d2f6b-1e93-47c5-b8a2-9f3e6d1c7b25").rel("vmm:ahv:config:vm").name("app-db-01-clone-2").build(),
            EntityReference.builder().extId("e2b7c9d4-6a15-4f38-8c71-4d9a2e5f3b67").rel("vmm:ahv:config:vm").name("app-db-01-clone-3").build()))
        .subTasks(List.of(
            TaskReferenceInternal.builder().extId("ZXJnb24=:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
                .href(TASKS_URL + "ZXJnb24=:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d").rel("subtask").build(),
            TaskReferenceInternal.builder().extId("ZXJnb24=:2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e")
                .href(TASKS_URL + "ZXJnb24=:2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e").rel("subtask").build(),
            TaskReferenceInternal.builder().extId("ZXJnb24=:3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f")
                .href(TASKS_URL + "ZXJnb24=:3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f").rel("subtask").build()))
        .subSteps(List.of(
            TaskStep.builder().name("Validating clone specification").build(),
            TaskStep.builder().name("Creating disk snapshots").build(),
            TaskStep.builder().name("Cloning VM configuration").build(),
            TaskStep.builder().name("Applying guest customization").build()))
        .isCancelable(false)
        .ownedBy(OwnerReference.builder().extId("00000000-0000-0000-0000-000000000000").name("admin").build())
        .completionDetails(List.of(
            KVPair.builder().name("clonedVmCount").value("3").build(),
            KVPair.builder().name("totalBytesCopied").value("128849018887").build()))
        .errorMessages(List.of(
            AppMessage.builder().message("Clone to cluster PHX-POC-043 was retried after a transient storage error.")
                .severity(MessageSeverity.ERROR).code("VMM-30102").errorGroup("VM_CLONE")
                .argumentsMap(strings("cluster_name", "PHX-POC-043", "attempt", "2"))
                .reserved(strings("$fv", "v4.r2")).build()))
        .legacyErrorMessage("1 clone was retried.")
        .warnings(List.of(
            AppMessage.builder().message("Guest customization was skipped for VM app-db-01-clone-3 because Nutanix Guest Tools is not installed.")
                .severity(MessageSeverity.WARNING).code("VMM-20314").locale("en_US")
                .errorGroup("VM_GUEST_CUSTOMIZATION")
                .argumentsMap(strings("vm_name", "app-db-01-clone-3", "reason", "NGT_NOT_INSTALLED",
                    "cluster_name", "PHX-POC-042")).build()))
        .lastUpdatedTime(dt("2025-03-18T10:47:52.911437Z"))
        .clusterExtIds(List.of("0005f1a2-b3c4-d5e6-0000-00000001a2b3", "0005f1a2-b3c4-d5e6-0000-00000004c5d7"))
        .rootTask(TaskReferenceInternal.builder().extId(LARGE_PARENT).href(TASKS_URL + LARGE_PARENT).rel("root").build())
        .isBackgroundTask(false)
        .numberOfSubtasks(3)
        .numberOfEntitiesAffected(3)
        .build());

    // shared/fixtures/nutanix/task-register-pc.json, every member.
    cases.add("nutanix_task_register_pc", () -> Task.builder()
        .extId("ZXJnb24=:278bbfc2-280f-529b-882b-14ea649b9a95")
        .operation("Register")
        .operationDescription("Register PC")
        .createdTime(dt("2024-06-07T11:11:34.839373Z"))
        .startedTime(dt("2024-06-07T11:11:34.85353Z"))
        .completedTime(dt("2024-06-07T11:11:42.078697Z"))
        .progressPercentage(100)
        .entitiesAffected(List.of(
            EntityReference.builder().extId("148ee646-25d0-46f6-9977-61ad02acc5e1")
                .rel("prism:management:domain_manager").name("domain_manager")
                .reserved(strings("$fv", "v4.r0.b1")).objectType("prism.v4.config.EntityReference").build()))
        .isCancelable(false)
        .lastUpdatedTime(dt("2024-06-07T11:11:42.078696Z"))
        .isBackgroundTask(false)
        .reserved(strings("$fv", "v4.r0.b1"))
        .objectType("prism.v4.config.Task")
        .status(TaskStatus.SUCCEEDED)
        .ownedBy(OwnerReference.builder().extId("00000000-0000-0000-0000-000000000000").name("admin")
            .reserved(strings("$fv", "v4.r0.b1")).objectType("prism.v4.config.OwnerReference").build())
        .build());

    // shared/fixtures/nutanix/task-failed-batch.json, every member; the Task's own $objectType
    // and $reserved are absent there and keep their @Default values.
    cases.add("nutanix_task_failed_batch", () -> Task.builder()
        .errorMessages(List.of(
            AppMessage.builder().reserved(strings("$fv", "v4.r2")).objectType("prism.v4.error.AppMessage")
                .message("Operation failed due to legacy error and 'legacyErrorMessage' should be referred to for details")
                .severity(MessageSeverity.ERROR).code("TSKS-20801").locale("en_US")
                .errorGroup("LEGACY_ERROR").build()))
        .legacyErrorMessage("1 subtask has failed.")
        .numberOfSubtasks(10)
        .numberOfEntitiesAffected(9)
        .build());

    // shared/fixtures/bench/task-small.json
    cases.add("task_small", () -> Task.builder()
        .extId("ZXJnb24=:9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a")
        .operation("ClusterInventory")
        .createdTime(dt("2025-03-18T11:02:03.417293Z"))
        .status(TaskStatus.QUEUED)
        .progressPercentage(0)
        .isCancelable(true)
        .ownedBy(OwnerReference.builder().extId("00000000-0000-0000-0000-000000000000").name("admin").build())
        .clusterExtIds(List.of("0005f1a2-b3c4-d5e6-0000-00000001a2b3"))
        .isBackgroundTask(true)
        .build());

    // new Task(): every property null but the @Default ones.
    cases.add("task_new", Task::new);

    // Empty lists and maps everywhere a Task has one.
    cases.add("task_empty_lists", () -> Task.builder()
        .entitiesAffected(List.of()).subTasks(List.of()).subSteps(List.of()).completionDetails(List.of())
        .errorMessages(List.of()).warnings(List.of()).clusterExtIds(List.of()).reserved(Map.of())
        .ownedBy(OwnerReference.builder().reserved(Map.of()).build())
        .build());

    // Date-times in UTC: zero seconds and micros, seconds only, micros, zero seconds with micros.
    cases.add("task_times_utc", () -> Task.builder()
        .createdTime(dt("2024-06-07T11:11:00Z"))
        .startedTime(dt("2024-06-07T11:11:34Z"))
        .completedTime(dt("2024-06-07T11:11:34.85353Z"))
        .lastUpdatedTime(dt("2024-06-07T11:11:00.000001Z"))
        .build());

    cases.add("task_times_plus_0530", () -> Task.builder()
        .createdTime(dt("2024-06-07T16:41:00+05:30"))
        .startedTime(dt("2024-06-07T16:41:34+05:30"))
        .completedTime(dt("2024-06-07T16:41:34.839373+05:30"))
        .lastUpdatedTime(dt("2024-12-31T23:59:00.5+05:30"))
        .build());

    cases.add("task_times_minus_0800", () -> Task.builder()
        .createdTime(dt("2024-06-07T03:11:00-08:00"))
        .startedTime(dt("2024-06-07T03:11:07-08:00"))
        .completedTime(dt("2024-06-07T03:11:34.078697-08:00"))
        .lastUpdatedTime(dt("2024-02-29T00:00:00.999999-08:00"))
        .build());

    // KVPair values are Object: any JSON value, converted recursively.
    cases.add("task_completion_details_any_values", () -> Task.builder()
        .completionDetails(List.of(
            KVPair.builder().name("count").value(3).build(),
            KVPair.builder().name("ratio").value(0.25).build(),
            KVPair.builder().name("done").value(true).build(),
            KVPair.builder().name("nothing").value(null).build(),
            KVPair.builder().name("bytes").value(128849018887L).build(),
            KVPair.builder().name("list").value(list("a", 1, false, null, list(), map())).build(),
            KVPair.builder().name("nested").value(map("zone", map("racks", list(1, 2), "name", "r1"),
                "Alpha", list(map("x", null)))).build()))
        .build());

    // Long strings that pprint splits at spaces, one without spaces, and a long list.
    cases.add("task_long_strings", () -> {
      List<String> clusters = new ArrayList<>();
      for (int n = 0; n < 12; n++) {
        clusters.add(String.format("0005f1a2-b3c4-d5e6-0000-%012d", n));
      }
      return Task.builder()
          .operationDescription("Clone VM app-db-01 into 3 target clusters, then power on every clone and wait for its guest agent to report")
          .legacyErrorMessage("x".repeat(100))
          .warnings(List.of(
              AppMessage.builder().message("Guest customization was skipped for VM app-db-01-clone-3 because Nutanix Guest Tools is not installed on it.")
                  .argumentsMap(strings("reason", "The guest tools are not installed, so no customization script could run inside the guest."))
                  .build()))
          .clusterExtIds(clusters)
          .build();
    });

    // Many nested references: lists of dicts wrapped one per line.
    cases.add("task_many_sub_tasks", () -> {
      Task.Builder task = Task.builder();
      for (int n = 0; n < 6; n++) {
        task.addSubTasks(TaskReferenceInternal.builder()
            .extId(String.format("ZXJnb24=:00000000-0000-4000-8000-%012d", n)).rel("subtask").build());
      }
      for (int n = 0; n < 8; n++) {
        task.addSubSteps(TaskStep.builder().name("step " + n).build());
      }
      return task.numberOfSubtasks(6).build();
    });

    // An AppMessage on its own, arguments in an unsorted order.
    cases.add("app_message", () -> AppMessage.builder()
        .message("Disk 'scsi.0' of VM \"web-01\" is 95% full")
        .severity(MessageSeverity.WARNING)
        .code("VMM-10001")
        .locale("fr_FR")
        .errorGroup("STORAGE")
        .argumentsMap(strings("vm", "web-01", "Disk", "scsi.0", "_pct", "95", "$unit", "%", "zeta", "", "alpha", "1"))
        .build());

    // Map keys sort by code point: '$' < 'A' < '_' < 'a' < 'é' < '€' < '😀'.
    cases.add("map_of_string_wrapper_key_order", () -> MapOfStringWrapper.builder()
        .map(strings("😀", "emoji", "€", "euro", "é", "e-acute", "a", "lower", "_", "underscore",
            "A", "upper", "$", "dollar", "10", "ten", "9", "nine", "", "empty"))
        .build());
  }
}
