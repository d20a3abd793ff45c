package io.apimodel.sample.json;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apimodel.runtime.ModelValidationException;
import io.apimodel.sample.common.v1.config.KVPair;
import io.apimodel.sample.common.v1.config.MapOfStringWrapper;
import io.apimodel.sample.prism.v4.config.EntityReference;
import io.apimodel.sample.prism.v4.config.GetTaskApiResponse;
import io.apimodel.sample.prism.v4.config.ListTasksApiResponse;
import io.apimodel.sample.prism.v4.config.OwnerReference;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskReferenceInternal;
import io.apimodel.sample.prism.v4.config.TaskStep;
import io.apimodel.sample.prism.v4.error.AppMessage;
import io.apimodel.sample.prism.v4.error.ErrorResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the JSON readers (SPEC §5): inputs mutated from the real payloads, read as
 * every model of the sample through the JSON mapping this module generated (the codec here, the
 * annotation-driven mapping in apimodel-sample-annotations-only, which runs this test too), and
 * judged by one rule: the read succeeds and a write and re-read give an equal object, or it fails
 * with a Jackson exception that names the path or the location (the {@code ModelValidationException}
 * as direct cause of an invalid document), with nothing else in its cause chain; no call takes over
 * a second.
 *
 * <p>Deterministic: the same seed gives the same inputs. {@code -Dapimodel.fuzz.seed=...} and
 * {@code -Dapimodel.fuzz.count=...} change them; a larger run is
 * {@code mvn -B verify -pl sample -am -Dtest=JsonFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dapimodel.fuzz.count=1000000}.
 * A failure prints the seed, the input's number and the input itself (text, or Base64 for bytes
 * that are not UTF-8), so that it can be replayed.
 *
 * <p>Failures of Jackson itself, thrown before any apimodel code runs (a {@code CharConversionException}
 * for an unreadable UTF-32 input, say), are counted apart and listed, not failed: they are not
 * apimodel's to fix.
 */
class JsonFuzzTest {

  private static final long SEED = Long.getLong("apimodel.fuzz.seed", 20261206L);
  private static final int COUNT = Integer.getInteger("apimodel.fuzz.count", 40_000);
  private static final long SLOW_NANOS = 1_000_000_000L;

  private static final List<Class<?>> MODELS = List.of(
      Task.class, AppMessage.class, KVPair.class, EntityReference.class, OwnerReference.class,
      TaskReferenceInternal.class, TaskStep.class, MapOfStringWrapper.class, Measure.class, Selection.class, Statuses.class,
      GetTaskApiResponse.class, ListTasksApiResponse.class, ErrorResponse.class, UnionHolder.class);

  private static final List<String> FIXTURES = List.of(
      "fixtures/nutanix/task-register-pc.json", "fixtures/nutanix/task-failed-batch.json",
      "fixtures/bench/task-large.json", "fixtures/bench/task-small.json", "fixtures/newer/task-v4.2.json");

  /** Documents whose unions are the point: seeded whole, with every object inside them. */
  private static final List<String> UNION_FIXTURES = List.of(
      "fixtures/envelopes/get-task-response.json", "fixtures/envelopes/get-task-error-app-messages.json",
      "fixtures/envelopes/get-task-schema-validation-error.json", "fixtures/envelopes/get-task-newer-version.json",
      "fixtures/envelopes/list-tasks-response.json", "fixtures/unions/union-holder.json");

  private static final ObjectMapper MAPPER = Json.MAPPER;

  @Test
  void readersSurviveMutatedPayloads() throws Exception {
    List<JsonNode> seeds = seeds();
    JsonMutator mutator = new JsonMutator(SEED, seeds);
    List<String> failures = new ArrayList<>();
    Map<String, Integer> jacksonOwn = new LinkedHashMap<>();
    int reads = 0;
    int accepted = 0;
    for (int i = 0; i < COUNT && failures.size() < 10; i++) {
      byte[] input = mutator.next();
      for (Class<?> model : MODELS) {
        reads++;
        Outcome outcome = judge(input, model);
        if (outcome.kind() == Kind.READ) {
          accepted++;
        } else if (outcome.kind() == Kind.FAILED) {
          if (outcome.jacksonOwn()) {
            jacksonOwn.merge(outcome.problem().getClass().getName(), 1, Integer::sum);
          } else {
            failures.add(describe(i, model, input, outcome));
          }
        }
      }
    }
    System.out.printf("JsonFuzzTest: seed %d, %d inputs, %d reads, %d read and re-read equal, Jackson's own failures %s%n",
        SEED, COUNT, reads, accepted, jacksonOwn);
    if (!failures.isEmpty()) {
      fail("seed " + SEED + ": " + failures.size() + " reads broke the contract (replay with -Dapimodel.fuzz.seed=" + SEED
          + "):\n" + String.join("\n\n", failures));
    }
    assertTrue(accepted > reads / 20, "too few inputs read successfully to exercise writing: " + accepted);
  }

  /**
   * The fixtures, and every object inside them, as seeds (so that each model meets inputs of its own
   * shape); the response envelopes and the union holder whole, so that unions meet theirs.
   */
  private static List<JsonNode> seeds() throws Exception {
    List<JsonNode> seeds = new ArrayList<>();
    for (String fixture : FIXTURES) {
      JsonNode root = MAPPER.readTree(Json.resource(fixture));
      collectObjects(root.has("data") && root.get("data").isObject() ? root.get("data") : root, seeds);
    }
    for (String fixture : UNION_FIXTURES) {
      collectObjects(MAPPER.readTree(Json.resource(fixture)), seeds);
    }
    return seeds;
  }

  private static void collectObjects(JsonNode node, List<JsonNode> out) {
    if (node.isObject()) {
      out.add(node);
    }
    for (JsonNode child : node) {
      collectObjects(child, out);
    }
  }

  private enum Kind { READ, REFUSED, FAILED }

  /** What became of one read: read (and re-read equal), refused as the contract allows, or a failure. */
  private record Outcome(Kind kind, String stage, Throwable problem, boolean jacksonOwn) {
    static final Outcome READ = new Outcome(Kind.READ, null, null, false);
    static final Outcome REFUSED = new Outcome(Kind.REFUSED, null, null, false);

    static Outcome failed(String stage, Throwable problem, boolean jacksonOwn) {
      return new Outcome(Kind.FAILED, stage, problem, jacksonOwn);
    }
  }

  private static Outcome judge(byte[] input, Class<?> model) {
    long start = System.nanoTime();
    Object first;
    try {
      first = MAPPER.readValue(input, model);
    } catch (Throwable e) {
      return acceptableFailure(e) ? Outcome.REFUSED : Outcome.failed("read", e, jacksonOwn(e));
    }
    if (first == null) {
      return Outcome.REFUSED; // the input is the JSON literal null, which Jackson reads as null
    }
    try {
      byte[] written = MAPPER.writeValueAsBytes(first);
      Object second = MAPPER.readValue(written, model);
      if (!first.equals(second)) {
        return Outcome.failed("re-read differs: wrote " + new String(written, StandardCharsets.UTF_8),
            new AssertionError(first + "\n  !=\n" + second), false);
      }
    } catch (Throwable e) {
      return Outcome.failed("write and re-read", e, false);
    }
    long took = System.nanoTime() - start;
    if (took > SLOW_NANOS) {
      return Outcome.failed("read, write and re-read took " + took / 1_000_000 + " ms", new AssertionError("slow"), false);
    }
    return Outcome.READ;
  }

  /**
   * A Jackson exception whose cause chain holds nothing else, but the {@code ModelValidationException}
   * as the direct cause of an invalid document.
   */
  private static boolean acceptableFailure(Throwable e) {
    if (!(e instanceof JacksonException jackson)) {
      return false;
    }
    String message = String.valueOf(e.getMessage());
    if (jackson.getLocation() == null && !message.contains("Invalid JSON at `") && !message.contains("line: ")) {
      return false; // names neither the path nor the location
    }
    Throwable cause = e.getCause();
    if (cause instanceof ModelValidationException invalid) {
      return invalid.getCause() == null;
    }
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (!(t instanceof JacksonException)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Thrown with no apimodel code on the stack (this test and the Jackson 3 harness aside): Jackson
   * failed before handing anything over.
   */
  private static boolean jacksonOwn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      for (StackTraceElement frame : t.getStackTrace()) {
        String name = frame.getClassName();
        boolean harness = name.startsWith(JsonFuzzTest.class.getName()) || name.startsWith(Jackson3Mapper.class.getName());
        if (name.startsWith("io.apimodel.") && !harness) {
          return false;
        }
      }
    }
    return true;
  }

  private static String describe(int index, Class<?> model, byte[] input, Outcome failure) {
    String text = new String(input, StandardCharsets.UTF_8);
    boolean utf8 = java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), input);
    String shown = utf8 ? (text.length() > 2000 ? text.substring(0, 2000) + "... (" + text.length() + " chars)" : text)
        : "base64:" + Base64.getEncoder().encodeToString(input);
    java.io.StringWriter trace = new java.io.StringWriter();
    failure.problem().printStackTrace(new java.io.PrintWriter(trace));
    String stack = trace.toString().lines().limit(12).reduce((a, b) -> a + "\n" + b).orElse("");
    return "input #" + index + " as " + model.getSimpleName() + ", " + failure.stage() + ": " + stack + "\n  input: " + shown;
  }
}
