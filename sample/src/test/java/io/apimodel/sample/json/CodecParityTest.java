package io.apimodel.sample.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.apimodel.sample.prism.v4.config.Task;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated streaming codec (used by a plain ObjectMapper through @JsonSerialize and
 * @JsonDeserialize) and the jackson-annotations-only mapping (@JsonValue and @JsonCreator, what a
 * user without jackson-databind at compile time gets) read the same objects and write the same
 * bytes.
 */
class CodecParityTest {

  private static final ObjectMapper CODEC = new ObjectMapper();

  /** Ignores the class-level @JsonSerialize/@JsonDeserialize, so Jackson falls back to the map path. */
  private static final ObjectMapper ANNOTATIONS_ONLY = AnnotationsOnly.mapper();

  @ParameterizedTest
  @ValueSource(strings = {
      "nutanix/task-register-pc.json", "nutanix/task-failed-batch.json",
      "bench/task-large.json", "bench/task-small.json"})
  void bothPathsReadAndWriteTheSame(String fixture) throws IOException {
    byte[] json = read(fixture);
    Task viaCodec = CODEC.readValue(json, Task.class);
    Task viaAnnotations = ANNOTATIONS_ONLY.readValue(json, Task.class);
    assertEquals(viaCodec, viaAnnotations);
    assertEquals(CODEC.writeValueAsString(viaCodec), ANNOTATIONS_ONLY.writeValueAsString(viaAnnotations));
    assertEquals(CODEC.writeValueAsString(viaCodec), viaCodec.toJson());
    assertEquals(viaCodec, Task.fromJson(new String(json, java.nio.charset.StandardCharsets.UTF_8)));
  }

  @org.junit.jupiter.api.Test
  void eachMapperReallyTakesItsOwnPath() {
    // The same bad document fails differently: the codec raises MismatchedInputException itself;
    // the annotations-only path fails inside the @JsonCreator, which Jackson wraps.
    String bad = "{\"progressPercentage\": \"high\"}";
    Exception codec = assertThrows(Exception.class, () -> CODEC.readValue(bad, Task.class));
    Exception annotations = assertThrows(Exception.class, () -> ANNOTATIONS_ONLY.readValue(bad, Task.class));
    assertTrue(codec.getMessage().contains("`progressPercentage`"), codec.getMessage());
    assertTrue(annotations.getMessage().contains("`progressPercentage`"), annotations.getMessage());
    assertEquals(MismatchedInputException.class, codec.getClass());
    assertEquals(ValueInstantiationException.class, annotations.getClass());
  }

  private static byte[] read(String fixture) throws IOException {
    try (InputStream in = CodecParityTest.class.getResourceAsStream("/fixtures/" + fixture)) {
      assertNotNull(in, fixture);
      return in.readAllBytes();
    }
  }
}
