package io.apimodel.sample;

import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import io.apimodel.sample.prism.v4.config.EntityReference;
import io.apimodel.sample.prism.v4.config.OwnerReference;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskReferenceInternal;
import io.apimodel.sample.prism.v4.config.TaskStatus;
import io.apimodel.sample.prism.v4.config.TaskStep;
import java.time.OffsetDateTime;

/**
 * A tour of the classes that apimodel generates for the Prism v4 Task family: building a task,
 * printing it, validation by {@code build()} and by setters, and copying with {@code toBuilder()}.
 *
 * <p>Run it with {@code mvn -pl sample exec:java} after {@code mvn install}.
 */
public final class Demo {

  private static final String TASKS_URL = "https://10.40.12.21:9440/api/prism/v4.0/config/tasks/";

  private Demo() {}

  /**
   * Runs the tour, printing each step to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    heading("1. Build a task with Task.builder() and print it");
    String subTaskId = "ZXJnb24=:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    Task task =
        Task.builder()
            .extId("ZXJnb24=:278bbfc2-280f-529b-882b-14ea649b9a95")
            .operation("Register")
            .operationDescription("Register PC")
            .createdTime(OffsetDateTime.parse("2024-06-07T11:11:34.839373Z"))
            .startedTime(OffsetDateTime.parse("2024-06-07T11:11:34.85353Z"))
            .status(TaskStatus.RUNNING)
            .progressPercentage(42)
            .addEntitiesAffected(
                EntityReference.builder()
                    .extId("148ee646-25d0-46f6-9977-61ad02acc5e1")
                    .rel("prism:management:domain_manager")
                    .name("domain_manager")
                    .build())
            .addSubTasks(
                TaskReferenceInternal.builder()
                    .extId(subTaskId)
                    .href(TASKS_URL + subTaskId)
                    .rel("subtask")
                    .build())
            .addSubSteps(TaskStep.builder().name("Validating registration request").build())
            .isCancelable(false)
            .ownedBy(
                OwnerReference.builder()
                    .extId("00000000-0000-0000-0000-000000000000")
                    .name("admin")
                    .build())
            .addClusterExtIds("0005f1a2-b3c4-d5e6-0000-00000001a2b3")
            .isBackgroundTask(false)
            .build();
    System.out.println(task);

    heading("2. build() reports every violation at once");
    try {
      Task.builder().extId("not-a-task-id").progressPercentage(101).build();
      System.out.println("(unexpected: the invalid task was built)");
    } catch (ModelValidationException e) {
      for (Violation v : e.violations()) {
        System.out.println(v.path() + " = " + v.invalidValue() + ": " + v.message());
      }
    }

    heading("3. A setter rejects a bad value and leaves the object unchanged");
    try {
      task.setProgressPercentage(101);
      System.out.println("(unexpected: the setter accepted 101)");
    } catch (ModelValidationException e) {
      System.out.println("Rejected: " + e.getMessage());
    }
    System.out.println("progressPercentage is still " + task.progressPercentage());

    heading("4. toBuilder() copies a task; the original is unchanged");
    Task done = task.toBuilder().status(TaskStatus.SUCCEEDED).progressPercentage(100).build();
    System.out.println("original: " + task.status() + ", " + task.progressPercentage() + "%");
    System.out.println("copy:     " + done.status() + ", " + done.progressPercentage() + "%");
    System.out.println("The original task:");
    System.out.println(task);
    System.out.println("The copy:");
    System.out.println(done);
  }

  private static void heading(String title) {
    System.out.println();
    System.out.println("== " + title + " ==");
  }
}
