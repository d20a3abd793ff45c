package io.apimodel.example.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimodel.sample.prism.v4.config.GetTaskApiResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service end to end over real HTTP on a random loopback port, with Boot's auto-configured
 * Jackson 3 mapper and nothing of apimodel's configured: the generated classes are found through
 * their own annotations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasksServiceTest {

  private static final String TASKS = "/api/prism/v4.0/config/tasks";
  private static final String FIXTURE_ID = "ZXJnb24=:278bbfc2-280f-529b-882b-14ea649b9a95";
  /** For comparing JSON trees in the test only (decimals exact); the service uses Boot's mapper. */
  private static final JsonMapper TREES =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  @LocalServerPort int port;
  @Autowired JsonMapper bootMapper;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theApplicationHasJackson3OnlyAndBootsMapperIsAPlainJsonMapper() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"));
    assertEquals(JsonMapper.class, bootMapper.getClass());
  }

  /**
   * Without Jackson 2 at run time, the classes' own {@code toJson()} (compiled with both Jacksons)
   * writes with their Jackson 3 codec: the same bytes as Boot's mapper.
   */
  @Test
  void theClassesOwnToJsonWorksWithJackson3Only() throws Exception {
    GetTaskApiResponse response = bootMapper.readValue(resource("/get-task-response.json"), GetTaskApiResponse.class);

    assertEquals(bootMapper.writeValueAsString(response), response.toJson());
    assertEquals(fixtureAsWritten(), TREES.readTree(response.toJsonBytes()));
  }

  /**
   * A byte array handed to Boot's mapper is read by apimodel's own UTF-8 reader (which must not
   * need Jackson 2), failures included: the same objects and the same errors as token by token.
   */
  @Test
  void byteArraysAreReadByApimodelsReaderWithoutJackson2() throws Exception {
    byte[] json = resource("/get-task-response.json").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(bootMapper.readValue(resource("/get-task-response.json"), GetTaskApiResponse.class),
        bootMapper.readValue(json, GetTaskApiResponse.class));

    String invalid = "{\"data\": {\"$objectType\": \"prism.v4.config.Task\", \"progressPercentage\": 101,"
        + " \"entitiesAffected\": [{\"name\": \"x\\u00e9\", \"extId\": 5}]}}";
    tools.jackson.core.JacksonException fromText = assertThrows(tools.jackson.core.JacksonException.class,
        () -> bootMapper.readValue(invalid, GetTaskApiResponse.class));
    tools.jackson.core.JacksonException fromBytes = assertThrows(tools.jackson.core.JacksonException.class,
        () -> bootMapper.readValue(invalid.getBytes(java.nio.charset.StandardCharsets.UTF_8), GetTaskApiResponse.class));
    assertEquals(fromText.getOriginalMessage(), fromBytes.getOriginalMessage());
    assertTrue(java.util.Arrays.stream(fromBytes.getStackTrace())
        .anyMatch(frame -> frame.getClassName().equals("io.apimodel.runtime.jackson.Utf8Input")), "read by Utf8Input");
  }

  @Test
  void getReturnsTheEnvelopeAsThePrismApiSentIt() throws Exception {
    HttpResponse<String> response = get(TASKS + "/" + FIXTURE_ID);

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals(fixtureAsWritten(), TREES.readTree(response.body()));
  }

  /**
   * The fixture's tree with what SPEC §5 lets a write add: two of its {@code extraInfo} pairs come
   * without {@code $objectType} and {@code $reserved}, which are {@code @Default} properties and so
   * are written with their defaults. Everything else must be exactly as the API sent it.
   */
  private static JsonNode fixtureAsWritten() throws IOException {
    JsonNode fixture = TREES.readTree(resource("/get-task-response.json"));
    int added = 0;
    for (JsonNode pair : fixture.get("metadata").get("extraInfo")) {
      if (!pair.has("$objectType")) {
        ((ObjectNode) pair).put("$objectType", "common.v1.config.KVPair");
        ((ObjectNode) pair).putObject("$reserved").put("$fv", "v1.r0");
        added++;
      }
    }
    assertEquals(2, added);
    return fixture;
  }

  @Test
  void aPostWithBrokenConstraintsGetsAProblemDetailNamingEveryViolationPath() throws Exception {
    String task = "{\"extId\": \"not-a-task-id\", \"progressPercentage\": 101, \"status\": \"RUNNING\"}";

    HttpResponse<String> response = post(task);

    assertEquals(400, response.statusCode(), response.body());
    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    JsonNode problem = TREES.readTree(response.body());
    assertEquals(400, problem.get("status").asInt());
    assertEquals("Constraint violations", problem.get("title").asString());
    List<String> paths = new ArrayList<>();
    for (JsonNode violation : problem.get("violations")) {
      paths.add(violation.get("path").asString());
      assertTrue(violation.get("message").asString().startsWith("Invalid value for `" + violation.get("path").asString() + "`"),
          violation::toString);
    }
    assertEquals(List.of("extId", "progressPercentage"), paths.stream().sorted().toList(), response.body());
  }

  @Test
  void aViolationInANestedObjectIsNamedByItsFullPath() throws Exception {
    String name = "n".repeat(257);
    String task = "{\"extId\": \"" + FIXTURE_ID.replace("278b", "378b") + "\", \"entitiesAffected\": [{\"name\": \"ok\"}, {\"name\": \"" + name + "\"}]}";

    HttpResponse<String> response = post(task);

    assertEquals(400, response.statusCode(), response.body());
    JsonNode violations = TREES.readTree(response.body()).get("violations");
    assertEquals(1, violations.size(), response.body());
    assertEquals("entitiesAffected[1].name", violations.get(0).get("path").asString());
  }

  @Test
  void jsonOfTheWrongTypeGetsAProblemDetailWithThePath() throws Exception {
    HttpResponse<String> response = post("{\"extId\": \"" + FIXTURE_ID + "\", \"progressPercentage\": \"half\"}");

    assertEquals(400, response.statusCode(), response.body());
    JsonNode problem = TREES.readTree(response.body());
    assertEquals("Unreadable JSON", problem.get("title").asString());
    assertTrue(problem.get("detail").asString().startsWith("Invalid JSON at `progressPercentage`"), response.body());
  }

  @Test
  void anUnknownFieldAndAnUnknownEnumStringSurviveAPostThenGet() throws Exception {
    String extId = "ZXJnb24=:8f0c3b9e-4a4b-4d7e-9e8a-0c6a5b1d2e3f";
    ObjectNode task = (ObjectNode) TREES.readTree(resource("/task-register-pc.json"));
    task.put("extId", extId);
    task.put("status", "PAUSED_BY_ADMIN");
    ObjectNode future = task.putObject("remediation");
    future.put("attempts", 3);
    future.putArray("hosts").add("h1").addNull().add(new BigDecimal("2.50"));

    HttpResponse<String> created = post(TREES.writeValueAsString(task));
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(TASKS + "/" + extId, created.headers().firstValue("Location").orElse(""));

    HttpResponse<String> fetched = get(TASKS + "/" + extId);
    assertEquals(200, fetched.statusCode(), fetched.body());
    JsonNode data = TREES.readTree(fetched.body()).get("data");
    assertEquals("PAUSED_BY_ADMIN", data.get("status").asString());
    assertEquals(future, data.get("remediation"));
    assertTrue(fetched.body().contains("\"hosts\":[\"h1\",null,2.50]"), fetched.body()); // the number as written
    assertEquals(task, data, fetched.body());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String json) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri(TASKS))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = TasksServiceTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
