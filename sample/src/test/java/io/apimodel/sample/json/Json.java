package io.apimodel.sample.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.apimodel.sample.prism.v4.config.Task;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What the JSON tests share: the plain {@code new ObjectMapper()} under test, fixture loading, and
 * reading JSON text as trees for comparisons.
 *
 * <p>Tests go through Jackson's public API only, so that they hold for any codec the processor
 * generates.
 */
final class Json {

  /**
   * Which of the two JSON mappings of SPEC §5 the classes under test have: the streaming codec
   * (this module, compiled with jackson-databind) or, in the module apimodel-sample-annotations-only
   * ({@code -Dapimodel.json.mapping=annotations}), the mapping that classes compiled with
   * jackson-annotations only get. The same tests run against both.
   */
  static final boolean ANNOTATIONS_ONLY = "annotations".equals(System.getProperty("apimodel.json.mapping"));

  /**
   * Whether the tests run against the generated classes' direct entry points ({@code fromJson},
   * {@code toJson}, {@code toJsonBytes}: {@code -Dapimodel.json.mapping=direct}) instead of the
   * mapper: {@link #MAPPER} then hands reads and writes of generated classes to those.
   */
  static final boolean DIRECT = "direct".equals(System.getProperty("apimodel.json.mapping"));

  /**
   * Whether the tests run against the generated Jackson 3 codec, through a Jackson 3
   * {@code JsonMapper.builder().build()} ({@code -Dapimodel.json.mapping=jackson3}, or
   * {@code jackson3-bytes} to hand it JSON text as UTF-8 bytes): {@link #MAPPER} then hands reads
   * and writes of generated classes to it.
   */
  static final boolean JACKSON3 = System.getProperty("apimodel.json.mapping", "").startsWith("jackson3");

  /** The mapper under test: plain, no modules, no features changed (see {@link #DIRECT}, {@link #JACKSON3}). */
  static final ObjectMapper MAPPER = DIRECT ? new DirectMapper()
      : JACKSON3 ? new Jackson3Mapper("jackson3-bytes".equals(System.getProperty("apimodel.json.mapping")))
      : new ObjectMapper();

  /**
   * Reads JSON text as a tree for comparisons: floating-point numbers as exact {@code BigDecimal}s,
   * so a decimal that came back with fewer digits counts as changed.
   */
  private static final ObjectMapper TREES =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private Json() {}

  /** A classpath resource as UTF-8 text, e.g. {@code fixtures/nutanix/task-register-pc.json}. */
  static String resource(String path) {
    try (InputStream in = Json.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        return fail("no resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Task readTask(String json) {
    try {
      return MAPPER.readValue(json, Task.class);
    } catch (JsonProcessingException e) {
      return fail("cannot read a Task: " + e.getMessage(), e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      return fail("cannot read a " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return fail("cannot write " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /** JSON text as a tree, decimals exact. */
  static JsonNode tree(String json) {
    try {
      return TREES.readTree(json);
    } catch (JsonProcessingException e) {
      return fail("not JSON: " + e.getMessage() + "\n" + json, e);
    }
  }

  /** What {@code new ObjectMapper()} writes for a value, as a tree. */
  static JsonNode writtenTree(Object value) {
    return tree(write(value));
  }

  /** The member names of an object node, in order. */
  static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  /** Asserts two JSON texts hold equal trees (members in any order, numbers compared by value). */
  static void assertSameJson(String expected, String actual) {
    List<String> differences = JsonTrees.differences(tree(expected), tree(actual), JsonTrees.NONE);
    assertEquals(List.of(), differences, () -> "expected " + expected + "\nbut got  " + actual);
  }
}
