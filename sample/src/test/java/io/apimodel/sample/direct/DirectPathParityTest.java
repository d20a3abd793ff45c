package io.apimodel.sample.direct;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.apimodel.runtime.ApiObject;
import io.apimodel.sample.json.JsonMutator;
import io.apimodel.sample.json.UnionHolder;
import io.apimodel.sample.prism.v4.config.GetTaskApiResponse;
import io.apimodel.sample.prism.v4.config.ListTasksApiResponse;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskReferenceInternal;
import io.apimodel.sample.prism.v4.error.AppMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The direct entry points ({@code fromJson(byte[])}, {@code fromJson(String)},
 * {@code toJsonBytes()}, {@code toJson()}: apimodel's own UTF-8 reader and writer) against the
 * mapper path (jackson-core's parser and generator): the same bytes written for every fixture, and,
 * on mutated inputs, the same outcome of every read: equal objects and identical bytes, or a failure
 * on both sides with the same message wherever the mapper's message is apimodel's own (a value that
 * does not fit, a violation, a stream limit).
 *
 * <p>The mapper's bytes are taken token by token from a jackson-core generator: with
 * {@code STRICT_DUPLICATE_DETECTION} on, the generated serializer does not hand the writing to the
 * UTF-8 writer, so the reference is jackson-core's own output.
 */
class DirectPathParityTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  /**
   * A mapper whose deserializers read with jackson-core's parser: with a parser feature other than
   * the defaults ({@code INCLUDE_SOURCE_IN_LOCATION}, which changes only how locations print), the
   * generated deserializer does not hand a byte array to {@code Utf8Input}.
   */
  private static final ObjectMapper JACKSON_PARSER = new ObjectMapper()
      .enable(com.fasterxml.jackson.core.JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION);
  /** A mapper whose serializers write token by token through jackson-core (see the class comment). */
  private static final ObjectWriter JACKSON_TOKENS = MAPPER.writer().with(JsonGenerator.Feature.STRICT_DUPLICATE_DETECTION);

  private static final Map<String, Class<? extends ApiObject>> FIXTURES = new LinkedHashMap<>();

  static {
    FIXTURES.put("fixtures/bench/task-large.json", Task.class);
    FIXTURES.put("fixtures/bench/task-small.json", Task.class);
    FIXTURES.put("fixtures/nutanix/task-register-pc.json", Task.class);
    FIXTURES.put("fixtures/nutanix/task-failed-batch.json", Task.class);
    FIXTURES.put("fixtures/nutanix/get-task-response.json", GetTaskApiResponse.class);
    FIXTURES.put("fixtures/newer/task-v4.2.json", Task.class);
    FIXTURES.put("fixtures/envelopes/get-task-response.json", GetTaskApiResponse.class);
    FIXTURES.put("fixtures/envelopes/get-task-error-app-messages.json", GetTaskApiResponse.class);
    FIXTURES.put("fixtures/envelopes/get-task-schema-validation-error.json", GetTaskApiResponse.class);
    FIXTURES.put("fixtures/envelopes/get-task-newer-version.json", GetTaskApiResponse.class);
    FIXTURES.put("fixtures/envelopes/list-tasks-response.json", ListTasksApiResponse.class);
    FIXTURES.put("fixtures/unions/union-holder.json", UnionHolder.class);
  }

  private static final List<Class<? extends ApiObject>> MODELS = List.of(
      Task.class, AppMessage.class, TaskReferenceInternal.class, GetTaskApiResponse.class,
      ListTasksApiResponse.class, UnionHolder.class);

  private static final int COUNT = Integer.getInteger("apimodel.parity.count", 20_000);

  @TestFactory
  List<DynamicTest> everyFixtureReadsAndWritesAlikeOnBothPaths() {
    List<DynamicTest> tests = new ArrayList<>();
    FIXTURES.forEach((fixture, type) -> tests.add(DynamicTest.dynamicTest(fixture, () -> {
      byte[] json = resource(fixture);
      ApiObject byMapper = MAPPER.readValue(json, type);
      ApiObject direct = fromJson(type, json);
      assertEquals(byMapper, direct, "fromJson(byte[])");
      assertEquals(byMapper, fromJson(type, new String(json, StandardCharsets.UTF_8)), "fromJson(String)");

      byte[] reference = JACKSON_TOKENS.writeValueAsBytes(byMapper);
      byte[] written = toJsonBytes(direct);
      assertArrayEquals(reference, written, () -> "toJsonBytes():\n" + text(reference) + "\n" + text(written));
      assertArrayEquals(reference, MAPPER.writeValueAsBytes(byMapper), "ObjectMapper.writeValueAsBytes");
      assertEquals(text(reference), MAPPER.writeValueAsString(byMapper), "ObjectMapper.writeValueAsString");
      assertEquals(text(reference), toJson(direct), "toJson()");
      // and what was written reads back equal on both paths
      assertEquals(direct, fromJson(type, reference));
    })));
    return tests;
  }

  @Test
  void mutatedInputsGetTheSameOutcomeOnBothPaths() throws Exception {
    List<JsonNode> seeds = new ArrayList<>();
    for (String fixture : FIXTURES.keySet()) {
      collectObjects(MAPPER.readTree(resource(fixture)), seeds);
    }
    JsonMutator mutator = new JsonMutator(Long.getLong("apimodel.parity.seed", 20261207L), seeds);
    List<String> differences = new ArrayList<>();
    Map<String, Integer> outcomes = new TreeMap<>();
    for (int i = 0; i < COUNT && differences.size() < 10; i++) {
      byte[] input = mutator.next();
      for (Class<? extends ApiObject> type : MODELS) {
        String difference = compare(input, type, outcomes);
        if (difference != null) {
          differences.add("input #" + i + " as " + type.getSimpleName() + ": " + difference + "\ninput: "
              + shorten(text(input)));
        }
      }
    }
    System.out.println("DirectPathParityTest: " + COUNT + " inputs: " + outcomes);
    if (!differences.isEmpty()) {
      fail(differences.size() + " inputs read differently:\n" + String.join("\n\n", differences));
    }
    assertTrue(outcomes.getOrDefault("both read", 0) > COUNT / 10, "too few inputs read: " + outcomes);
    assertTrue(outcomes.getOrDefault("both failed, same message", 0) > COUNT / 10, "too few same-message failures: " + outcomes);
  }

  /** Null when both paths agree on the input, else what differs. */
  private static String compare(byte[] input, Class<? extends ApiObject> type, Map<String, Integer> outcomes) {
    Object byMapper;
    Throwable mapperFailure = null;
    try {
      byMapper = MAPPER.readerFor(type).with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readValue(input);
    } catch (Throwable t) {
      byMapper = null;
      mapperFailure = t;
    }
    Object direct;
    Throwable directFailure = null;
    try {
      direct = fromJson(type, input);
    } catch (Throwable t) {
      direct = null;
      directFailure = t;
    }
    String handedOver = compareMapperReads(input, type);
    if (handedOver != null) {
      return handedOver;
    }
    if (mapperFailure == null && directFailure == null) {
      if (!java.util.Objects.equals(byMapper, direct)) {
        return "read differently:\n mapper " + byMapper + "\n direct " + direct;
      }
      if (direct != null) {
        try {
          byte[] reference = JACKSON_TOKENS.writeValueAsBytes(byMapper);
          byte[] written = toJsonBytes((ApiObject) direct);
          if (!java.util.Arrays.equals(reference, written)) {
            return "written differently:\n mapper " + text(reference) + "\n direct " + text(written);
          }
        } catch (Throwable t) {
          return "write failed: " + t;
        }
      }
      outcomes.merge("both read", 1, Integer::sum);
      return null;
    }
    if (mapperFailure == null || directFailure == null) {
      return "mapper " + (mapperFailure == null ? "read it" : "failed: " + mapperFailure)
          + "\n direct " + (directFailure == null ? "read it" : "failed: " + directFailure);
    }
    if (!(directFailure instanceof JsonProcessingException d)) {
      return "direct failed with " + directFailure;
    }
    String mine = original(mapperFailure);
    if (mine != null && (mine.startsWith("Invalid JSON at `") || mine.startsWith("Invalid " + type.getSimpleName() + ":"))) {
      if (!mine.equals(d.getOriginalMessage())) {
        return "failed differently:\n mapper " + mine + "\n direct " + d.getOriginalMessage();
      }
      if (mapperFailure instanceof MismatchedInputException != d instanceof MismatchedInputException
          || (mapperFailure.getCause() == null) != (d.getCause() == null)) {
        return "failed with other exceptions: " + mapperFailure + " / " + d;
      }
      String where = sameLocation(((JsonProcessingException) mapperFailure).getLocation(), d.getLocation());
      if (where != null) {
        return where;
      }
      outcomes.merge("both failed, same message", 1, Integer::sum);
      return null;
    }
    if (d.getLocation() == null) {
      return "no location in " + d;
    }
    outcomes.merge("both failed, jackson-core's syntax message / ours", 1, Integer::sum);
    return null;
  }

  /**
   * A plain mapper's read of a byte array (which the generated deserializer hands to
   * {@code Utf8Input}) against the same read by jackson-core's parser: equal objects, or failures
   * with the same message where the message is apimodel's. Null when they agree.
   */
  private static String compareMapperReads(byte[] input, Class<? extends ApiObject> type) {
    Object handed;
    Object parsed;
    Throwable handedFailure = null;
    Throwable parsedFailure = null;
    try {
      handed = MAPPER.readValue(input, type);
    } catch (Throwable t) {
      handed = null;
      handedFailure = t;
    }
    try {
      parsed = JACKSON_PARSER.readValue(input, type);
    } catch (Throwable t) {
      parsed = null;
      parsedFailure = t;
    }
    if (handedFailure == null && parsedFailure == null) {
      return java.util.Objects.equals(handed, parsed) ? null
          : "mapper read differently:\n by jackson-core " + parsed + "\n by Utf8Input " + handed;
    }
    if (handedFailure == null || parsedFailure == null) {
      return "mapper: by jackson-core " + (parsedFailure == null ? "read it" : "failed: " + parsedFailure)
          + "\n by Utf8Input " + (handedFailure == null ? "read it" : "failed: " + handedFailure);
    }
    String mine = original(parsedFailure);
    if (mine != null && (mine.startsWith("Invalid JSON at `") || mine.startsWith("Invalid " + type.getSimpleName() + ":"))
        && !mine.equals(original(handedFailure))) {
      return "mapper failed differently:\n by jackson-core " + mine + "\n by Utf8Input " + original(handedFailure);
    }
    boolean sameFailure = handedFailure.getClass() == parsedFailure.getClass()
        && java.util.Objects.equals(handedFailure.getMessage(), parsedFailure.getMessage()); // jackson-core's own, before apimodel
    return handedFailure instanceof JsonProcessingException || sameFailure ? null : "mapper failed with " + handedFailure;
  }

  /** Null when two locations name the same place (line, column, byte and character offsets), else both. */
  private static String sameLocation(JsonLocation expected, JsonLocation actual) {
    if (expected.getLineNr() == actual.getLineNr() && expected.getColumnNr() == actual.getColumnNr()
        && expected.getByteOffset() == actual.getByteOffset() && expected.getCharOffset() == actual.getCharOffset()) {
      return null;
    }
    return "located differently:\n jackson-core " + describe(expected) + "\n direct " + describe(actual);
  }

  private static String describe(JsonLocation at) {
    return "line " + at.getLineNr() + ", column " + at.getColumnNr() + ", byte " + at.getByteOffset() + ", char "
        + at.getCharOffset();
  }

  /**
   * A value that does not fit, after line breaks of every kind and characters of one to four UTF-8
   * bytes: the direct path locates it where jackson-core's parsers do, in bytes for
   * {@code fromJson(byte[])} and in characters for {@code fromJson(String)}.
   */
  @Test
  void failuresAreLocatedAsJacksonCoreLocatesThem() throws Throwable {
    String[] breaks = {"", "\n", "\r", "\r\n", "\n\r", "\r\r\n"};
    String[] texts = {"plain", "caf\u00e9", "\u20ac uro", "\uD83D\uDE00 face", "\u00e9\u20ac\uD83D\uDE00"};
    String[] failures = {"\"progressPercentage\": 101", "\"progressPercentage\": \"x\"", "\"extId\": \"bad\"",
        "\"isCancelable\": 3", "\"progressPercentage\": 1x"};
    int checked = 0;
    for (String lineBreak : breaks) {
      for (String text : texts) {
        for (String failure : failures) {
          String json = "{" + lineBreak + " \"operation\": \"" + text + "\"," + lineBreak + lineBreak + "  " + failure
              + lineBreak + "}";
          byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
          JsonProcessingException byParser = failure(() -> JACKSON_PARSER.readValue(utf8, Task.class));
          JsonProcessingException byReader = failure(() -> MAPPER.readValue(json, Task.class));
          String bytes = sameLocation(byParser.getLocation(), failure(() -> fromJson(Task.class, utf8)).getLocation());
          String chars = sameLocation(byReader.getLocation(), failure(() -> fromJson(Task.class, json)).getLocation());
          String handed = sameLocation(byParser.getLocation(), failure(() -> MAPPER.readValue(utf8, Task.class)).getLocation());
          for (String difference : new String[] {bytes, chars, handed}) {
            if (difference != null) {
              fail(show(json) + ": " + difference);
            }
          }
          checked++;
        }
      }
    }
    assertEquals(breaks.length * texts.length * failures.length, checked);
  }

  /**
   * A mapper reading several root objects from one array (a {@code MappingIterator}, or a caller's
   * own parser) gets each once, in order, with the parser where jackson-core leaves it, and a bad
   * record after them located as jackson-core locates it.
   */
  @Test
  void readsOfSeveralRootObjectsGoOnAfterEachHandedOverOne() throws Throwable {
    String records = "{\"operation\":\"a\",\"progressPercentage\":1}\n{\"operation\":\"b\"}\r\n"
        + " {\r\"operation\": \"c\u00e9\",\n\"status\":\"RUNNING\"}\r{\"operation\":\"d\"}\n"
        + "{\"progressPercentage\":101}";
    byte[] utf8 = records.getBytes(StandardCharsets.UTF_8);
    List<String> handed = new ArrayList<>();
    List<String> parsed = new ArrayList<>();
    JsonProcessingException handedFailure = readAll(MAPPER, utf8, handed);
    JsonProcessingException parsedFailure = readAll(JACKSON_PARSER, utf8, parsed);
    assertEquals(List.of("a", "b", "c\u00e9", "d"), parsed);
    assertEquals(parsed, handed);
    assertEquals(parsedFailure.getOriginalMessage(), handedFailure.getOriginalMessage());
    assertEquals(null, sameLocation(parsedFailure.getLocation(), handedFailure.getLocation()));

    try (com.fasterxml.jackson.core.JsonParser p = MAPPER.getFactory().createParser(utf8);
        com.fasterxml.jackson.core.JsonParser q = JACKSON_PARSER.getFactory().createParser(utf8)) {
      for (int i = 0; i < 4; i++) {
        p.nextToken();
        q.nextToken();
        assertEquals(q.readValueAs(Task.class), p.readValueAs(Task.class));
        assertEquals(q.currentToken(), p.currentToken());
        assertEquals(null, sameLocation(q.currentLocation(), p.currentLocation()));
      }
    }
  }

  /** Reads every record of {@code json} with {@code mapper}: their operations, and the failure that ended the read. */
  private static JsonProcessingException readAll(ObjectMapper mapper, byte[] json, List<String> operations)
      throws IOException {
    try (com.fasterxml.jackson.databind.MappingIterator<Task> it = mapper.readerFor(Task.class).readValues(json)) {
      while (it.hasNextValue()) {
        operations.add(it.nextValue().operation());
      }
    } catch (JsonProcessingException e) {
      return e;
    }
    throw new AssertionError("the last record should not read: " + operations);
  }

  private interface Read {
    Object run() throws Throwable;
  }

  private static JsonProcessingException failure(Read read) throws Throwable {
    try {
      read.run();
    } catch (JsonProcessingException e) {
      return e;
    }
    throw new AssertionError("read without failing");
  }

  private static String show(String json) {
    return json.replace("\r", "\\r").replace("\n", "\\n");
  }

  private static String original(Throwable t) {
    return t instanceof JsonProcessingException j ? j.getOriginalMessage() : null;
  }

  private static void collectObjects(JsonNode node, List<JsonNode> out) {
    if (node.isObject()) {
      out.add(node);
    }
    for (JsonNode child : node) {
      collectObjects(child, out);
    }
  }

  // ---- The generated entry points, by type --------------------------------------------------

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();

  private static ApiObject fromJson(Class<? extends ApiObject> type, Object json) throws Throwable {
    MethodHandle read = LOOKUP.findStatic(type, "fromJson", MethodType.methodType(type, json.getClass()));
    return (ApiObject) read.invoke(json);
  }

  private static byte[] toJsonBytes(ApiObject value) throws Throwable {
    return (byte[]) LOOKUP.findVirtual(value.getClass(), "toJsonBytes", MethodType.methodType(byte[].class)).invoke(value);
  }

  private static String toJson(ApiObject value) throws Throwable {
    return (String) LOOKUP.findVirtual(value.getClass(), "toJson", MethodType.methodType(String.class)).invoke(value);
  }

  private static byte[] resource(String path) {
    try (InputStream in = DirectPathParityTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String shorten(String s) {
    return s.length() > 600 ? s.substring(0, 600) + "..." : s;
  }
}
