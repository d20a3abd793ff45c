package io.apimodel.sample.jackson3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.sample.prism.v4.config.GetTaskApiResponse;
import io.apimodel.sample.prism.v4.config.Task;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample's classes (compiled with both Jacksons) under Jackson 3's {@code JsonMapper}: the same
 * objects and the same bytes as under Jackson 2 and as their own {@code toJsonBytes()}, and the
 * same errors, whatever features the Jackson 3 mapper has.
 */
class Jackson3ParityTest {

  private static final ObjectMapper JACKSON2 = new ObjectMapper();
  private static final JsonMapper JACKSON3 = JsonMapper.builder().build();

  /** The real Prism payloads, each with the class it is read as. */
  private static final Map<String, Class<?>> FIXTURES = new LinkedHashMap<>();

  static {
    FIXTURES.put("/fixtures/nutanix/task-register-pc.json", Task.class);
    FIXTURES.put("/fixtures/nutanix/task-failed-batch.json", Task.class);
    FIXTURES.put("/fixtures/nutanix/get-task-response.json", GetTaskApiResponse.class);
    FIXTURES.put("/get-task-error-response.json", GetTaskApiResponse.class);
  }

  /**
   * Jackson 3 mappers with settings that change what reflective mappings read and write; each
   * must read and write the generated classes exactly as the default mapper does. (Framing features
   * such as {@code INDENT_OUTPUT} and {@code WRAP_ROOT_VALUE} lay out the same tokens differently
   * and are not among them.)
   */
  static List<Object[]> mappers() {
    Map<String, UnaryOperator<JsonMapper.Builder>> settings = new LinkedHashMap<>();
    settings.put("defaults", b -> b);
    settings.put("properties unsorted", b -> b.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY));
    settings.put("FAIL_ON_UNKNOWN_PROPERTIES off", b -> b.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    settings.put("FAIL_ON_NULL_FOR_PRIMITIVES off", b -> b.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES));
    settings.put("FAIL_ON_TRAILING_TOKENS off", b -> b.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    settings.put("FAIL_ON_NULL_CREATOR_PROPERTIES, FAIL_ON_MISSING_CREATOR_PROPERTIES",
        b -> b.enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES, DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES));
    settings.put("decimals as BigDecimal, integers as BigInteger",
        b -> b.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_BIG_INTEGER_FOR_INTS));
    settings.put("single values as arrays", b -> b.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
        DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT));
    settings.put("dates as timestamps, in the context's zone", b -> b.enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS,
        DateTimeFeature.WRITE_DATES_WITH_CONTEXT_TIME_ZONE, DateTimeFeature.ALWAYS_WRITE_SUBSECOND_DIGITS)
        .defaultTimeZone(java.util.TimeZone.getTimeZone("Asia/Kolkata")));
    settings.put("enums by toString, index, lower case", b -> b.enable(EnumFeature.WRITE_ENUMS_USING_INDEX,
        EnumFeature.WRITE_ENUMS_TO_LOWERCASE, EnumFeature.READ_ENUMS_USING_TO_STRING, EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL));
    settings.put("map entries ordered by keys", b -> b.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS));
    settings.put("single-element arrays unwrapped", b -> b.enable(SerializationFeature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED));
    List<Object[]> out = new ArrayList<>();
    settings.forEach((name, setting) -> out.add(new Object[] {name, setting.apply(JsonMapper.builder()).build()}));
    return out;
  }

  @Test
  void jackson2AndJackson3ReadEqualObjectsAndWriteIdenticalBytesForTheFixtures() throws Exception {
    for (Map.Entry<String, Class<?>> fixture : FIXTURES.entrySet()) {
      byte[] json = resource(fixture.getKey());
      Object by2 = JACKSON2.readValue(json, fixture.getValue());
      Object by3 = JACKSON3.readValue(json, fixture.getValue());

      assertEquals(by2, by3, fixture.getKey());
      byte[] written2 = JACKSON2.writeValueAsBytes(by2);
      assertArrayEquals(written2, JACKSON3.writeValueAsBytes(by3), fixture.getKey());
      assertArrayEquals(written2, JACKSON3.writeValueAsBytes(by2), fixture.getKey());
      assertEquals(JACKSON2.writeValueAsString(by2), JACKSON3.writeValueAsString(by3), fixture.getKey());
      assertEquals(JACKSON3.readTree(written2), JACKSON3.readTree(JACKSON3.writeValueAsBytes(JACKSON3.readValue(written2, fixture.getValue()))));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void theMappersFeaturesChangeNeitherTheObjectsReadNorTheBytesWritten(String name, JsonMapper mapper) throws Exception {
    for (Map.Entry<String, Class<?>> fixture : FIXTURES.entrySet()) {
      byte[] json = resource(fixture.getKey());
      Object expected = JACKSON3.readValue(json, fixture.getValue());

      Object read = mapper.readValue(json, fixture.getValue());

      assertEquals(expected, read, fixture.getKey());
      assertArrayEquals(JACKSON3.writeValueAsBytes(expected), mapper.writeValueAsBytes(read), fixture.getKey());
    }
  }

  /**
   * Generator features that change bytes (escaping, pretty printing) apply to everything the codec
   * writes, pre-encoded defaults included: the output is exactly what Jackson 3 writes for the same
   * JSON tree with those features.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("generatorFeatures")
  void generatorFeaturesApplyToEverythingWritten(String name, JsonMapper mapper) throws Exception {
    for (Map.Entry<String, Class<?>> fixture : FIXTURES.entrySet()) {
      Object read = JACKSON3.readValue(resource(fixture.getKey()), fixture.getValue());
      JsonNode tree = JACKSON3.readTree(JACKSON3.writeValueAsBytes(read));

      assertEquals(mapper.writeValueAsString(tree), mapper.writeValueAsString(read), fixture.getKey());
      assertArrayEquals(mapper.writeValueAsBytes(tree), mapper.writeValueAsBytes(read), fixture.getKey());
    }
    for (int i = 0; i < 2; i++) { // the second write copies the defaults' pre-encoded JSON
      Link link = Link.builder().href("https://example.com/tasks/1").build();
      JsonNode tree = JACKSON3.readTree(JACKSON3.writeValueAsBytes(link));
      assertEquals(mapper.writeValueAsString(tree), mapper.writeValueAsString(link));
      assertArrayEquals(mapper.writeValueAsBytes(tree), mapper.writeValueAsBytes(link));
    }
  }

  /** The same under Jackson 2, whose generator escapes slashes on request too. */
  @Test
  void escapedSlashesApplyToPreEncodedDefaultsUnderJackson2Too() throws Exception {
    ObjectMapper escaping = com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build();
    for (int i = 0; i < 2; i++) { // the second write copies the defaults' pre-encoded JSON
      Link link = Link.builder().href("https://example.com/tasks/1").build();
      com.fasterxml.jackson.databind.JsonNode tree = JACKSON2.readTree(JACKSON2.writeValueAsBytes(link));
      assertEquals(escaping.writeValueAsString(tree), escaping.writeValueAsString(link));
      assertArrayEquals(escaping.writeValueAsBytes(tree), escaping.writeValueAsBytes(link));
    }
  }

  static List<Object[]> generatorFeatures() {
    Map<String, JsonMapper> mappers = new LinkedHashMap<>();
    mappers.put("defaults", JACKSON3);
    mappers.put("ESCAPE_FORWARD_SLASHES", JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build());
    mappers.put("ESCAPE_NON_ASCII", JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build());
    mappers.put("INDENT_OUTPUT", JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build());
    List<Object[]> out = new ArrayList<>();
    mappers.forEach((name, mapper) -> out.add(new Object[] {name, mapper}));
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void theMappersFeaturesChangeNoError(String name, JsonMapper mapper) {
    for (String json : List.of(
        "{\"entitiesAffected\": [{\"name\": \"" + "n".repeat(257) + "\"}], \"progressPercentage\": 101}",
        "{\"progressPercentage\": \"half\"}",
        "{\"subTasks\": [{\"extId\": 7}]}",
        "{\"status\": \"RUNNING\", \"status\": \"QUEUED\"}",
        "{\"clusterExtIds\": [\"a\", ",
        "{\"extId\": \"x\" nope}")) {
      JacksonException expected = assertThrows(JacksonException.class, () -> JACKSON3.readValue(json, Task.class));
      JacksonException actual = assertThrows(JacksonException.class, () -> mapper.readValue(json, Task.class), json);
      assertSame(expected.getClass(), actual.getClass(), json);
      assertEquals(expected.getOriginalMessage(), actual.getOriginalMessage(), json);
      assertEquals(String.valueOf(expected.getCause()), String.valueOf(actual.getCause()), json);
    }
  }

  @Test
  void aViolationIsADatabindExceptionWithThePathAndTheModelValidationExceptionAsItsDirectCause() {
    String json = "{\"entitiesAffected\": [{\"name\": \"" + "n".repeat(257) + "\"}], \"progressPercentage\": 101}";

    DatabindException e = assertThrows(DatabindException.class, () -> JACKSON3.readValue(json, Task.class));

    ModelValidationException cause = assertInstanceOf(ModelValidationException.class, e.getCause());
    assertEquals(List.of("progressPercentage", "entitiesAffected[0].name"),
        cause.violations().stream().map(v -> v.path()).toList());
    assertTrue(e.getOriginalMessage().startsWith("Invalid Task: "), e.getOriginalMessage());
    assertTrue(e.getOriginalMessage().contains("`entitiesAffected[0].name`"), e.getOriginalMessage());
    assertEquals(jackson2Message(json), e.getOriginalMessage());
  }

  @Test
  void wrongTypesAndBadJsonFailWithJackson3sExceptionsAndThePath() {
    MismatchedInputException wrongType = assertThrows(MismatchedInputException.class,
        () -> JACKSON3.readValue("{\"subTasks\": [{\"extId\": 7}]}", Task.class));
    assertTrue(wrongType.getOriginalMessage().startsWith("Invalid JSON at `subTasks[0].extId`: "), wrongType.getOriginalMessage());
    assertEquals(jackson2Message("{\"subTasks\": [{\"extId\": 7}]}"), wrongType.getOriginalMessage());
    assertTrue(wrongType.getLocation().getColumnNr() > 0);

    StreamReadException bad = assertThrows(StreamReadException.class,
        () -> JACKSON3.readValue("{\"clusterExtIds\": [\"a\" \"b\"]}", Task.class));
    assertTrue(bad.getLocation().getColumnNr() > 0);

    DatabindException trailing = assertThrows(DatabindException.class,
        () -> JACKSON3.readValue("{\"operation\": \"x\"} {}", Task.class));
    assertTrue(trailing.getOriginalMessage().contains("Trailing token"), trailing.getOriginalMessage());
  }

  /**
   * A root object that Jackson 3 parses from a byte array is read from those bytes by apimodel's
   * reader; the parser is then where its own reading would have left it, so a mapper's check for
   * trailing tokens and a {@code MappingIterator} go on from there, and failures are the same as
   * token by token, at the same location.
   */
  @Test
  void rootObjectsReadFromBytesAreReadFromThoseBytesAndTheParserGoesOn() throws Exception {
    String task = new String(resource("/fixtures/nutanix/task-register-pc.json"), StandardCharsets.UTF_8);
    try (MappingIterator<Task> tasks = JACKSON3.readerFor(Task.class)
        .readValues((task + "\n" + task + "  " + task).getBytes(StandardCharsets.UTF_8))) {
      List<Task> all = tasks.readAll();
      assertEquals(3, all.size());
      assertEquals(JACKSON3.readValue(task, Task.class), all.get(2));
    }

    DatabindException trailing = assertThrows(DatabindException.class,
        () -> JACKSON3.readValue("{\"operation\": \"x\"} {}".getBytes(StandardCharsets.UTF_8), Task.class));
    assertTrue(trailing.getOriginalMessage().contains("Trailing token"), trailing.getOriginalMessage());
    assertEquals(1, trailing.getLocation().getLineNr());

    String invalid = "{\n  \"operation\": \"x\",\n  \"progressPercentage\": 101,\n  \"subTasks\": [{\"extId\": \"é\"}]\n}";
    DatabindException byTokens = assertThrows(DatabindException.class, () -> JACKSON3.readValue(invalid, Task.class));
    DatabindException byBytes = assertThrows(DatabindException.class,
        () -> JACKSON3.readValue(invalid.getBytes(StandardCharsets.UTF_8), Task.class));
    assertEquals(byTokens.getOriginalMessage(), byBytes.getOriginalMessage());
    assertInstanceOf(ModelValidationException.class, byBytes.getCause());
    assertEquals(byTokens.getLocation().getLineNr(), byBytes.getLocation().getLineNr());
    assertTrue(Arrays.stream(byBytes.getStackTrace()).anyMatch(f -> f.getClassName().endsWith("jackson.Utf8Input")),
        "read by apimodel's reader");
    assertTrue(Arrays.stream(byTokens.getStackTrace()).noneMatch(f -> f.getClassName().endsWith("jackson.Utf8Input")),
        "read token by token");
  }

  /**
   * From a stream, the fast lane reads a root object from the parser's buffer when all of it is
   * there; an object that goes on past the buffer, or any other, is read token by token: the same
   * objects and errors either way, and the parser goes on to the next document.
   */
  @Test
  void rootObjectsReadFromStreamsAreTheSameWhereverTheParsersBufferEnds() throws Exception {
    String task = new String(resource("/fixtures/nutanix/task-register-pc.json"), StandardCharsets.UTF_8);
    Task expected = JACKSON3.readValue(task, Task.class);
    String big = task.replaceFirst("\\{", "{\"padding\": \"" + "x".repeat(20_000) + "\", ");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      many.append(i % 7 == 3 ? big : task).append('\n');
    }
    try (MappingIterator<Task> tasks = JACKSON3.readerFor(Task.class)
        .readValues(new ByteArrayInputStream(many.toString().getBytes(StandardCharsets.UTF_8)))) {
      List<Task> all = tasks.readAll();
      assertEquals(40, all.size());
      Task expectedBig = JACKSON3.readValue(big, Task.class);
      assertEquals("x".repeat(20_000), expectedBig.unknownFields().get("padding"));
      for (int i = 0; i < 40; i++) {
        assertEquals(i % 7 == 3 ? expectedBig : expected, all.get(i), "document " + i);
      }
    }

    String invalid = "{\n  \"operation\": \"x\",\n  \"progressPercentage\": 101\n}";
    DatabindException byTokens = assertThrows(DatabindException.class, () -> JACKSON3.readValue(invalid, Task.class));
    DatabindException byStream = assertThrows(DatabindException.class,
        () -> JACKSON3.readValue(new ByteArrayInputStream(invalid.getBytes(StandardCharsets.UTF_8)), Task.class));
    assertEquals(byTokens.getOriginalMessage(), byStream.getOriginalMessage());
    assertInstanceOf(ModelValidationException.class, byStream.getCause());
  }

  private static String jackson2Message(String json) {
    com.fasterxml.jackson.core.JsonProcessingException e = assertThrows(
        com.fasterxml.jackson.core.JsonProcessingException.class, () -> JACKSON2.readValue(json, Task.class));
    return e.getOriginalMessage();
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = Jackson3ParityTest.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }
}
