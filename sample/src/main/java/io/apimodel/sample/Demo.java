package io.apimodel.sample;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import io.apimodel.sample.prism.v4.config.EntityReference;
import io.apimodel.sample.prism.v4.config.OwnerReference;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskReferenceInternal;
import io.apimodel.sample.prism.v4.config.TaskStatus;
import io.apimodel.sample.prism.v4.config.TaskStep;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;

/**
 * A tour of the classes that apimodel generates for the Prism v4 Task family: building a task,
 * printing it, validation by {@code build()} and by setters, copying with {@code toBuilder()}, and
 * reading and writing JSON with a plain Jackson {@code ObjectMapper}.
 *
 * <p>Run it from the repository root with {@code mvn -B -q -DskipTests package exec:java}.
 */
public final class Demo {

  private static final String TASKS_URL = "https://10.40.12.21:9440/api/prism/v4.0/config/tasks/";

  private Demo() {}

  /**
   * Runs the tour, printing each step to standard output.
   *
   * @param args ignored
   * @throws IOException if the bundled JSON cannot be read
   */
  public static void main(String[] args) throws IOException {
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

    jsonTour();
  }

  /** Steps 5 and 6: JSON with a plain ObjectMapper; no module and no set-up needed. */
  private static void jsonTour() throws IOException {
    ObjectMapper mapper = new ObjectMapper();

    heading("5. Read a real Prism v4 response with Jackson, change it, write it back");
    Task read;
    try (InputStream in = Demo.class.getResourceAsStream("/task-register-pc.json")) {
      read = mapper.readValue(in, Task.class);
    }
    System.out.println("Read from task-register-pc.json:");
    System.out.println(read);
    Task rerun =
        read.toBuilder()
            .status(TaskStatus.RUNNING)
            .progressPercentage(42)
            .completedTime(null)
            .operationDescription("Register PC (second attempt)")
            .build();
    System.out.println("Changed (RUNNING, 42%, no completedTime) and written back:");
    System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(rerun));

    heading("6. Bad JSON fails with the JSON path of the bad value");
    try {
      mapper.readValue(
          "{\"subTasks\": [{}, {\"extId\": 7}], \"progressPercentage\": 101}", Task.class);
      System.out.println("(unexpected: the bad JSON was read)");
    } catch (JsonMappingException e) {
      System.out.println(e.getOriginalMessage());
    }
    try {
      mapper.readValue(
          "{\"progressPercentage\": 101, \"ownedBy\": {\"extId\": \"nobody\"}}", Task.class);
      System.out.println("(unexpected: the invalid JSON was read)");
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof ModelValidationException invalid) {
        for (Violation v : invalid.violations()) {
          System.out.println(v.path() + " = " + v.invalidValue() + ": " + v.message());
        }
      } else {
        System.out.println(e.getOriginalMessage());
      }
    }
  }

  private static void heading(String title) {
    System.out.println();
    System.out.println("== " + title + " ==");
  }
}
