package io.apimodel.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.runtime.Violation;
import io.apimodel.sample.prism.v4.config.EntityReference;
import io.apimodel.sample.prism.v4.config.GetTaskApiResponse;
import io.apimodel.sample.prism.v4.config.GetTaskApiResponseData;
import io.apimodel.sample.prism.v4.config.OwnerReference;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskStatus;
import io.apimodel.sample.prism.v4.error.ErrorResponseError;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A short tour of the classes that apimodel generates for the Prism v4 Task family: build and
 * print a task, the violations of an invalid one, {@code toBuilder()}, a real Prism response read,
 * changed and written back with a plain Jackson {@code ObjectMapper}, what a newer API version
 * sends (an unknown member, an unknown status) surviving that round trip, and whole API responses
 * (the envelope, whose {@code data} is a union of the task and an error) branched on by kind.
 *
 * <p>Run it from the repository root with
 * {@code mvn -B -DskipTests -pl sample -am package exec:java}.
 */
public final class Demo {

  /** A task as a newer version of the API might send it: a status and a member this SDK lacks. */
  private static final String NEWER_TASK =
      """
      {"extId": "ZXJnb24=:278bbfc2-280f-529b-882b-14ea649b9a95", "operation": "Register",
       "status": "PAUSED_FOR_APPROVAL", "progressPercentage": 40,
       "approvalPolicy": {"name": "prism-approvals", "approvers": ["admin", "ops"]}}
      """;

  /** A response of a newer API version: its data is a type this SDK does not know. */
  private static final String NEWER_RESPONSE =
      """
      {"data": {"$objectType": "prism.v4.config.TaskV2", "extId": "ZXJnb24=:d006c6e3-23c7-59d9-a888-f8f20214e468",
                "phases": [{"name": "prepare", "weight": 0.25}]},
       "$objectType": "prism.v4.config.GetTaskApiResponse"}
      """;

  private Demo() {}

  /**
   * Runs the tour, printing each step to standard output.
   *
   * @param args ignored
   * @throws IOException if the bundled JSON cannot be read
   */
  public static void main(String[] args) throws IOException {
    heading("1. Build a task with Task.builder() and print it (the Python SDK's to_str())");
    Task task =
        Task.builder()
            .extId("ZXJnb24=:278bbfc2-280f-529b-882b-14ea649b9a95")
            .operation("Register")
            .operationDescription("Register PC")
            .createdTime(OffsetDateTime.parse("2024-06-07T11:11:34.839373Z"))
            .status(TaskStatus.RUNNING)
            .progressPercentage(42)
            .addEntitiesAffected(
                EntityReference.builder()
                    .extId("148ee646-25d0-46f6-9977-61ad02acc5e1")
                    .rel("prism:management:domain_manager")
                    .name("domain_manager")
                    .build())
            .ownedBy(OwnerReference.builder().extId("00000000-0000-0000-0000-000000000000").build())
            .build();
    System.out.println(task);

    heading("2. build() reports every violation at once, and returns no invalid task");
    try {
      Task.builder().extId("not-a-task-id").progressPercentage(101).build();
      System.out.println("(unexpected: the invalid task was built)");
    } catch (ModelValidationException e) {
      for (Violation v : e.violations()) {
        System.out.println(v.path() + " = " + v.invalidValue() + ": " + v.message());
      }
    }

    heading("3. toBuilder() copies a task; the original is unchanged");
    Task done = task.toBuilder().status(TaskStatus.SUCCEEDED).progressPercentage(100).build();
    System.out.println("original: " + task.status() + ", " + task.progressPercentage() + "%");
    System.out.println("copy:     " + done.status() + ", " + done.progressPercentage() + "%");

    ObjectMapper mapper = new ObjectMapper(); // no module, no set-up
    ObjectWriter pretty = mapper.writerWithDefaultPrettyPrinter();

    heading("4. Read a real Prism v4 response, change it, write it back");
    Task read;
    try (InputStream in = Demo.class.getResourceAsStream("/task-register-pc.json")) {
      read = mapper.readValue(in, Task.class);
    }
    System.out.println(
        "Read task-register-pc.json: " + read.operationDescription() + ", " + read.status() + ", "
            + read.progressPercentage() + "%, completed " + read.completedTime());
    Task rerun =
        read.toBuilder()
            .status(TaskStatus.RUNNING)
            .progressPercentage(42)
            .completedTime(null)
            .operationDescription("Register PC (second attempt)")
            .build();
    System.out.println("Changed (RUNNING, 42%, no completedTime) and written back:");
    System.out.println(pretty.writeValueAsString(rerun));

    heading("5. What a newer API version sends survives read, change and write");
    System.out.println("Read: " + NEWER_TASK.strip());
    Task newer = mapper.readValue(NEWER_TASK, Task.class);
    System.out.println(
        "status() = " + newer.status() + ", kept as " + newer.toDict().get("status")
            + "; unknownFields() = " + newer.unknownFields());
    newer.setProgressPercentage(50);
    System.out.println("Changed progressPercentage to 50 and written back:");
    System.out.println(pretty.writeValueAsString(newer));

    heading("6. Whole API responses: the envelope's data is the task or an error; branch on kind()");
    for (String file : List.of("get-task-response.json", "get-task-error-response.json")) {
      GetTaskApiResponse response;
      try (InputStream in = Demo.class.getResourceAsStream("/" + file)) {
        response = mapper.readValue(in, GetTaskApiResponse.class);
      }
      System.out.println(file + " (" + response.data().kind() + "):");
      describe(response.data());
    }
    GetTaskApiResponse newerResponse = mapper.readValue(NEWER_RESPONSE, GetTaskApiResponse.class);
    System.out.println("A response of a newer API version (" + newerResponse.data().kind() + "):");
    describe(newerResponse.data());
    System.out.println("  written back unchanged: " + mapper.writeValueAsString(newerResponse.data().value()));
  }

  /** What a user does with the data of a response: one branch per kind. */
  private static void describe(GetTaskApiResponseData data) {
    switch (data.kind()) {
      case TASK -> {
        Task task = data.task();
        System.out.println("  task " + task.extId() + ": " + task.operationDescription() + ", " + task.status());
      }
      case ERROR_RESPONSE -> {
        ErrorResponseError error = data.errorResponse().error();
        switch (error.kind()) {
          case APP_MESSAGES -> error.appMessages().forEach(
              m -> System.out.println("  error " + m.code() + " (" + m.severity() + "): " + m.message()));
          case SCHEMA_VALIDATION_ERROR -> System.out.println(
              "  invalid request: " + error.schemaValidationError().validationErrorMessages());
          case UNKNOWN -> System.out.println("  an error this SDK does not know: " + error.value());
        }
      }
      case UNKNOWN -> System.out.println("  data this SDK does not know, kept as read: " + data.value());
    }
  }

  private static void heading(String title) {
    System.out.println();
    System.out.println("== " + title + " ==");
  }
}
