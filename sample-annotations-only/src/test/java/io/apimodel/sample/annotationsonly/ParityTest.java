package io.apimodel.sample.annotationsonly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.apimodel.sample.prism.v4.config.Task;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §5: the two JSON mappings of a generated class behave identically. The same sample models,
 * compiled with jackson-databind (the sample module: the streaming codec) and here without it
 * (the {@code @JsonCreator}/{@code @JsonValue} mapping), read the same documents into equal
 * objects, write the same bytes and fail on the same bad documents with the same message.
 */
class ParityTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The codec-compiled sample, loaded apart so that its Task does not meet this module's. */
  private static Class<?> codecTask;

  @BeforeAll
  static void loadTheCodecCompiledSample() throws IOException {
    Path classes = Path.of(System.getProperty("apimodel.sample.codecClasses", "../sample/target/classes"));
    assertTrue(Files.isDirectory(classes.resolve("io/apimodel/sample")), "build the sample module first: " + classes);
    ClassLoader parent = ParityTest.class.getClassLoader();
    ClassLoader codec = new URLClassLoader(new URL[] {classes.toUri().toURL()}, parent) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith("io.apimodel.sample.")) {
          return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
          Class<?> loaded = findLoadedClass(name);
          return loaded != null ? loaded : findClass(name); // child first: the codec-compiled classes
        }
      }
    };
    try {
      codecTask = Class.forName(Task.class.getName(), true, codec);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void eachCompilationHasExactlyOneJsonMapping() {
    assertFalse(Task.class.isAnnotationPresent(JsonSerialize.class));
    assertFalse(Task.class.isAnnotationPresent(JsonDeserialize.class));
    assertEquals(List.of("fromJsonTokens", "toJsonTokens"), jacksonMethods(Task.class));
    assertTrue(Arrays.stream(Task.class.getDeclaredClasses()).noneMatch(c -> c.getSimpleName().equals("Json")));

    assertTrue(codecTask.isAnnotationPresent(JsonSerialize.class));
    assertTrue(codecTask.isAnnotationPresent(JsonDeserialize.class));
    assertEquals(List.of(), jacksonMethods(codecTask));
  }

  private static List<String> jacksonMethods(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(JsonCreator.class) || m.isAnnotationPresent(JsonValue.class))
        .map(Method::getName).sorted().toList();
  }

  static Stream<String> fixtures() {
    return Stream.of("nutanix/task-register-pc.json", "nutanix/task-failed-batch.json", "bench/task-large.json",
        "bench/task-small.json");
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void bothReadAndWriteTheSame(String fixture) throws IOException {
    byte[] json = fixture(fixture);
    Task annotations = MAPPER.readValue(json, Task.class);
    Object codec = MAPPER.readValue(json, codecTask);

    assertEquals(MAPPER.writeValueAsString(codec), MAPPER.writeValueAsString(annotations));
    assertEquals(codec.toString(), annotations.toString());
    assertEquals(annotations, MAPPER.readValue(MAPPER.writeValueAsBytes(annotations), Task.class));
  }

  static Stream<String> documents() {
    return Stream.of(
        "{\"progressPercentage\": 101, \"extId\": \"nope\"}",
        "{\"progressPercentage\": \"high\"}",
        "{\"progressPercentage\": 50.0}",
        "{\"subTasks\": [{\"extId\": 7}]}",
        "{\"status\": 3}",
        "{\"extId\": \"a\", \"extId\": \"b\"}",
        "{\"createdTime\": \"2024-06-07 11:11\"}",
        "{\"errorMessages\": [null]}",
        "{\"completionDetails\": [{\"name\": \"ab\", \"value\": {\"x\": [1, 2.5, 1e400]}}]}",
        "{\"numberOfSubtasks\": 2147483648}",
        "{\"extra\": 0.12345678901234567890123, \"$reserved\": {\"$fv\": null}}",
        "[]",
        "{\"warnings\": {}}");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void bothAcceptAndRefuseTheSame(String document) throws IOException {
    String codec = outcome(document, codecTask);
    String annotations = outcome(document, Task.class);
    assertEquals(codec, annotations);
  }

  /** What reading gives: the JSON written back, or the message of the failure without Jackson's wrapping. */
  private static String outcome(String document, Class<?> type) throws IOException {
    Object read;
    try {
      read = MAPPER.readValue(document, type);
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage();
      int at = message.indexOf("Invalid ");
      assertTrue(at >= 0, message);
      String core = message.substring(at);
      int location = core.indexOf("\n at [Source");
      return "failed: " + (location < 0 ? core : core.substring(0, location));
    }
    assertNotNull(read);
    return MAPPER.writeValueAsString(read);
  }

  @Test
  void aBigDecimalKeepsEveryDigitWithoutMapperSettings() throws IOException {
    String document = "{\"completionDetails\": [{\"name\": \"ratio\", \"value\": 0.12345678901234567890123}]}";
    assertTrue(MAPPER.writeValueAsString(MAPPER.readValue(document, Task.class))
        .contains("\"value\":0.12345678901234567890123"));
    assertThrows(IOException.class, () -> MAPPER.readValue("{\"subTasks\": 1}", Task.class));
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = ParityTest.class.getResourceAsStream("/fixtures/" + name)) {
      assertNotNull(in, name);
      return in.readAllBytes();
    }
  }
}
