package io.apimodel.example.tasks;

import io.apimodel.sample.prism.v4.config.GetTaskApiResponse;
import io.apimodel.sample.prism.v4.config.GetTaskApiResponseData;
import io.apimodel.sample.prism.v4.config.Task;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tasks kept in memory, starting with the one of a real Prism response (the sample's
 * {@code get-task-response.json}). Requests and responses are the generated classes themselves.
 */
@RestController
@RequestMapping("/api/prism/v4.0/config/tasks")
public class TasksController {

  private final Map<String, GetTaskApiResponse> tasks = new ConcurrentHashMap<>();

  /** Starts with the task of a real Prism response, read by Boot's own mapper. */
  public TasksController(JsonMapper mapper) throws IOException {
    try (InputStream in = TasksController.class.getResourceAsStream("/get-task-response.json")) {
      GetTaskApiResponse seed = mapper.readValue(in, GetTaskApiResponse.class);
      tasks.put(seed.data().task().extId(), seed);
    }
  }

  /** The task in the envelope the Prism API returns, as it was received: unknown members and all. */
  @GetMapping("/{extId}")
  public ResponseEntity<?> get(@PathVariable String extId) {
    GetTaskApiResponse response = tasks.get(extId);
    if (response == null) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No task " + extId);
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
    return ResponseEntity.ok(response);
  }

  /**
   * Keeps a task read by Boot's mapper, which has already checked every constraint of it (a broken
   * one is a 400, see {@link ProblemDetails}); a task must name its {@code extId}.
   */
  @PostMapping
  public ResponseEntity<?> create(@RequestBody Task task) {
    if (task.extId() == null) {
      return ResponseEntity.badRequest()
          .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "A task needs its extId"));
    }
    GetTaskApiResponse response = GetTaskApiResponse.builder().data(GetTaskApiResponseData.ofTask(task)).build();
    tasks.put(task.extId(), response);
    return ResponseEntity.created(URI.create("/api/prism/v4.0/config/tasks/" + task.extId())).body(response);
  }
}
