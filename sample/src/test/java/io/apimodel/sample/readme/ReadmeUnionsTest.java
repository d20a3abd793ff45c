package io.apimodel.sample.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.apimodel.sample.prism.v4.config.GetTaskApiResponse;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.error.ErrorResponseError;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Unions" example, as written there, on a real response, an error and a newer one. */
class ReadmeUnionsTest {

  private final ObjectMapper mapper = new ObjectMapper();
  private final List<String> log = new ArrayList<>();

  private void show(Task task) {
    log.add("task " + task.status());
  }

  /** The README's snippet, with {@code log.warn}/{@code log.info} writing into {@link #log}. */
  private void branch(byte[] json) throws IOException {
    GetTaskApiResponse response = mapper.readValue(json, GetTaskApiResponse.class);
    switch (response.data().kind()) {
      case TASK -> show(response.data().task());
      case ERROR_RESPONSE -> {
        ErrorResponseError error = response.data().errorResponse().error();
        if (error.kind() == ErrorResponseError.Kind.APP_MESSAGES) {
          error.appMessages().forEach(m -> log.add(m.code() + ": " + m.message()));
        }
      }
      case UNKNOWN -> log.add("data of a newer API version: " + response.data().value());
    }
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = ReadmeUnionsTest.class.getClassLoader().getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }

  @Test
  void theSnippetBranchesOnEveryKind() throws IOException {
    branch(resource("fixtures/envelopes/get-task-response.json"));
    branch(resource("fixtures/envelopes/get-task-error-app-messages.json"));
    branch(resource("fixtures/envelopes/get-task-newer-version.json"));

    assertEquals("task SUCCEEDED", log.get(0));
    assertEquals("PRISM-50004", log.get(1).substring(0, log.get(1).indexOf(':')));
    assertEquals(4, log.size());
    assertEquals(true, log.get(3).startsWith("data of a newer API version: {"));
  }
}
