package io.apimodel.sample.json;

import static io.apimodel.sample.json.Json.MAPPER;
import static io.apimodel.sample.json.Json.readTask;
import static io.apimodel.sample.json.Json.resource;
import static io.apimodel.sample.json.Json.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskStatus;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, point 1: generated classes read and write with a plain Jackson {@code ObjectMapper}, no
 * module and no configuration, through every usual entry point, alone or inside other types.
 */
class PlainObjectMapperTest {

  private static final String REGISTER_PC = "fixtures/nutanix/task-register-pc.json";

  /** A response envelope of the Prism API, as a user would declare it. */
  public record TaskListResponse(List<Task> data, Map<String, Object> metadata) {}

  @Test
  void theMapperUnderTestHasNoModules() {
    assertEquals(
        0, MAPPER.getRegisteredModuleIds().size(), MAPPER.getRegisteredModuleIds()::toString);
  }

  @Test
  void readsFromEveryKindOfInput() throws Exception {
    String json = resource(REGISTER_PC);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Task expected = readTask(json);

    assertEquals(expected, MAPPER.readValue(bytes, Task.class));
    assertEquals(expected, MAPPER.readValue(new ByteArrayInputStream(bytes), Task.class));
    assertEquals(expected, MAPPER.readValue(new StringReader(json), Task.class));
    assertEquals(expected, MAPPER.readerFor(Task.class).readValue(json));
    assertEquals(expected, MAPPER.treeToValue(MAPPER.readTree(json), Task.class));
    assertEquals(expected, MAPPER.convertValue(MAPPER.readValue(json, Map.class), Task.class));
    assertEquals("prism.v4.config.Task", expected.objectType());
  }

  @Test
  void writesThroughEveryKindOfOutput() throws Exception {
    Task task = readTask(resource(REGISTER_PC));
    String json = write(task);

    assertEquals(json, new String(MAPPER.writeValueAsBytes(task), StandardCharsets.UTF_8));
    assertEquals(json, MAPPER.writerFor(Task.class).writeValueAsString(task));
    assertEquals(MAPPER.readTree(json), MAPPER.valueToTree(task));
    String pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(task);
    assertTrue(pretty.contains("\n"), pretty);
    assertEquals(MAPPER.readTree(json), MAPPER.readTree(pretty));
  }

  @Test
  void convertValueToAMapGivesPlainJsonValues() {
    Task task = readTask(resource(REGISTER_PC));

    @SuppressWarnings("unchecked")
    Map<String, Object> map = MAPPER.convertValue(task, Map.class);

    assertEquals("2024-06-07T11:11:34.839373Z", map.get("createdTime"));
    assertEquals("SUCCEEDED", map.get("status"));
    assertTrue(map.get("ownedBy") instanceof Map, () -> String.valueOf(map.get("ownedBy")));
    assertEquals(task, MAPPER.convertValue(map, Task.class));
  }

  @Test
  void readsAndWritesInsideListsMapsAndRecords() throws Exception {
    String task = resource(REGISTER_PC);
    String small = resource("fixtures/bench/task-small.json");
    String envelope =
        "{\"data\": [" + task + ", " + small + "], \"metadata\": {\"totalAvailableResults\": 2}}";

    TaskListResponse response = MAPPER.readValue(envelope, TaskListResponse.class);
    List<Task> list =
        MAPPER.readValue("[" + task + ", " + small + "]", new TypeReference<List<Task>>() {});
    Map<String, Task> byId =
        MAPPER.readValue(
            "{\"a\": " + task + ", \"b\": null}", new TypeReference<Map<String, Task>>() {});

    assertEquals(2, response.data().size());
    assertEquals(TaskStatus.QUEUED, response.data().get(1).status());
    assertEquals(response.data(), list);
    assertEquals(list.get(0), byId.get("a"));
    assertTrue(byId.containsKey("b"));
    JsonNode written = Json.writtenTree(response);
    assertEquals("SUCCEEDED", written.get("data").get(0).get("status").asText());
    assertEquals("ClusterInventory", written.get("data").get(1).get("operation").asText());
    assertEquals(response, MAPPER.readValue(write(response), TaskListResponse.class));
    Map<String, Task> map = new LinkedHashMap<>();
    map.put("x", list.get(1));
    assertEquals("QUEUED", Json.writtenTree(map).get("x").get("status").asText());
  }

  @Test
  void aViolationInsideAListNamesTheItem() {
    String json = "[{}, {\"progressPercentage\": 101}]";

    JacksonException e =
        assertThrows(
            JacksonException.class,
            () -> MAPPER.readValue(json, new TypeReference<List<Task>>() {}));

    assertTrue(e.getMessage().contains("`progressPercentage`"), e::getMessage);
    assertTrue(e.getMessage().contains("[1]"), e::getMessage);
  }

  @Test
  void javaTimeModuleAndDateFeaturesDoNotChangeTheOutput() throws Exception {
    Task task = readTask(resource(REGISTER_PC));
    ObjectMapper withModule =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();

    assertEquals(write(task), withModule.writeValueAsString(task));
    assertEquals(write(task), found.writeValueAsString(task));
    assertEquals(task, withModule.readValue(resource(REGISTER_PC), Task.class));
  }

  /**
   * JSON names are settled at compile time (README, Current limits): a mapper-wide naming strategy
   * changes neither what is written nor what is read.
   */
  @Test
  void aMapperWideNamingStrategyDoesNotRenameMembers() throws Exception {
    ObjectMapper snake = JsonMapper.builder()
        .propertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE).build();
    Task task = readTask(resource(REGISTER_PC));
    assertEquals(write(task), snake.writeValueAsString(task));
    assertEquals(task, snake.readValue(write(task), Task.class));
  }
}
