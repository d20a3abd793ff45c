package io.apimodel.sample.lanes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apimodel.runtime.ApiObject;
import io.apimodel.runtime.internal.JsonInput;
import io.apimodel.runtime.internal.ModelType;
import io.apimodel.runtime.jackson.Utf8Cursor;
import io.apimodel.runtime.jackson.Utf8Input;
import io.apimodel.sample.common.v1.config.KVPair;
import io.apimodel.sample.common.v1.config.MapOfStringWrapper;
import io.apimodel.sample.json.JsonMutator;
import io.apimodel.sample.json.Measure;
import io.apimodel.sample.json.Selection;
import io.apimodel.sample.json.Statuses;
import io.apimodel.sample.json.UnionHolder;
import io.apimodel.sample.prism.v4.config.EntityReference;
import io.apimodel.sample.prism.v4.config.GetTaskApiResponse;
import io.apimodel.sample.prism.v4.config.ListTasksApiResponse;
import io.apimodel.sample.prism.v4.config.OwnerReference;
import io.apimodel.sample.prism.v4.config.Task;
import io.apimodel.sample.prism.v4.config.TaskReferenceInternal;
import io.apimodel.sample.prism.v4.config.TaskStep;
import io.apimodel.sample.prism.v4.error.AppMessage;
import io.apimodel.sample.prism.v4.error.ErrorResponse;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The direct path's fast lane ({@link Utf8Cursor} and the generated {@code read(Utf8Cursor)})
 * against its exact reader ({@link Utf8Input} and the generated {@code read(JsonInput)}), which the
 * rest of the JSON suite holds to the mapper's behaviour: for every input, the fast lane either
 * reads the same object (equal, written back to the same bytes) or detours, and it detours on
 * every input the exact reader refuses. The real payloads must not detour at all, so that the lane
 * is what {@code fromJson} runs on them.
 */
class FastLaneParityTest {

  private static final List<Class<? extends ApiObject>> MODELS = List.of(
      Task.class, AppMessage.class, KVPair.class, EntityReference.class, OwnerReference.class,
      TaskReferenceInternal.class, TaskStep.class, MapOfStringWrapper.class, Measure.class, Selection.class, Statuses.class,
      GetTaskApiResponse.class, ListTasksApiResponse.class, ErrorResponse.class, UnionHolder.class);

  private static final List<String> TASKS = List.of(
      "fixtures/nutanix/task-register-pc.json", "fixtures/nutanix/task-failed-batch.json",
      "fixtures/bench/task-large.json", "fixtures/bench/task-small.json", "fixtures/newer/task-v4.2.json");

  private static final List<String> ENVELOPES = List.of(
      "fixtures/envelopes/get-task-response.json", "fixtures/envelopes/get-task-error-app-messages.json",
      "fixtures/envelopes/get-task-schema-validation-error.json", "fixtures/envelopes/get-task-newer-version.json");

  private static final ObjectMapper TREES = new ObjectMapper();

  /** What a reader made of one input: an object (or null for JSON null), or a refusal. */
  private record Result(boolean read, Object value, String refusal) {}

  @Test
  void realPayloadsAreReadOnTheFastLane() throws Exception {
    for (String fixture : TASKS) {
      byte[] json = resource(fixture);
      byte[] compact = TREES.writeValueAsBytes(TREES.readTree(json));
      for (byte[] input : List.of(json, compact)) {
        Result fast = fast(input, Task.class);
        assertTrue(fast.read(), fixture + " detoured");
        assertSame(fixture, input, Task.class, fast, exact(input, Task.class));
      }
    }
    for (String fixture : ENVELOPES) {
      byte[] json = resource(fixture);
      Class<? extends ApiObject> type = fixture.contains("list") ? ListTasksApiResponse.class : GetTaskApiResponse.class;
      Result fast = fast(json, type);
      assertTrue(fast.read(), fixture + " detoured");
      assertSame(fixture, json, type, fast, exact(json, type));
    }
    byte[] list = resource("fixtures/envelopes/list-tasks-response.json");
    Result fast = fast(list, ListTasksApiResponse.class);
    assertTrue(fast.read(), "list-tasks-response.json detoured");
    assertSame("list-tasks-response.json", list, ListTasksApiResponse.class, fast, exact(list, ListTasksApiResponse.class));
  }

  /** Inputs at the edges of what the fast lane reads itself: each is read there, or detours, as said. */
  @Test
  void edgesAreReadOrDetouredAsTheExactReaderDecides() throws Exception {
    String ok = "{\"extId\":\"ZXJnb24=:9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a\"";
    List<String[]> cases = List.of(
        // input, "fast" if the lane reads it itself, "detour" if it hands it over
        new String[] {ok + "}", "fast"},
        new String[] {"\uFEFF" + ok + "}", "fast"},
        new String[] {" \n\t{ \"operation\" :\r\n \"x\" , \"progressPercentage\" : 7 }\n", "fast"},
        new String[] {"{\"operation\":\"caf\u00e9\"}", "fast"},
        new String[] {"{\"operation\":\"a\\\"b\\u00e9\"}", "fast"},
        new String[] {"{\"operation\":\"bad \\x escape\"}", "detour"},
        new String[] {"{\"op\\u0065ration\":\"x\"}", "detour"},
        new String[] {"{\"operation\":\"x\",\"operation\":\"y\"}", "detour"},
        new String[] {"{\"progressPercentage\":101}", "detour"},
        new String[] {"{\"progressPercentage\":100}", "fast"},
        new String[] {"{\"progressPercentage\":-0}", "fast"},
        new String[] {"{\"progressPercentage\":07}", "detour"},
        new String[] {"{\"progressPercentage\":7.0}", "detour"},
        new String[] {"{\"progressPercentage\":1e1}", "detour"},
        new String[] {"{\"progressPercentage\":99999999999}", "detour"},
        new String[] {"{\"numberOfSubtasks\":2147483647}", "fast"},
        new String[] {"{\"numberOfSubtasks\":-2147483648}", "fast"},
        new String[] {"{\"numberOfSubtasks\":2147483648}", "detour"},
        new String[] {"{\"numberOfSubtasks\":1234567890123456789}", "detour"},
        new String[] {"{\"isCancelable\":truex}", "detour"},
        new String[] {"{\"isCancelable\":nul}", "detour"},
        new String[] {"{\"isCancelable\":null}", "fast"},
        new String[] {"{\"status\":\"QUEUED\"}", "fast"},
        new String[] {"{\"status\":\"SOMETHING_NEW\"}", "fast"},
        new String[] {"{\"extId\":\"not an ext id\"}", "detour"},
        new String[] {"{\"createdTime\":\"2025-03-18T11:02:03.417293Z\"}", "fast"},
        new String[] {"{\"createdTime\":\"2025-02-30T11:02:03Z\"}", "detour"},
        new String[] {"{\"createdTime\":\"2025-03-18 11:02:03Z\"}", "detour"},
        new String[] {"{\"$reserved\":{\"$fv\":\"v4.r0\",\"$fv\":\"v4.r1\"}}", "detour"},
        new String[] {"{\"$reserved\":{\"$fv\":\"v4.r0\",\"other\":\"x\"}}", "fast"},
        new String[] {"{\"surprise\":{\"deep\":[1,2.5,\"x\",null,true,{\"a\":[]}]},\"operation\":\"x\"}", "fast"},
        new String[] {"{\"surprise\":1,\"surprise\":2}", "detour"},
        new String[] {"{\"clusterExtIds\":[]}", "fast"},
        new String[] {"{\"clusterExtIds\":[\"a\",]}", "detour"},
        new String[] {"{\"clusterExtIds\":[\"a\" \"b\"]}", "detour"},
        new String[] {"{\"subTasks\":[{\"extId\":\"ZXJnb24=:9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a\"},null]}", "detour"}, // a null item is a violation
        new String[] {ok + "} x", "detour"},
        new String[] {ok + "}}", "detour"},
        new String[] {ok, "detour"},
        new String[] {ok + ",}", "detour"},
        new String[] {"null", "fast"},
        new String[] {"[]", "detour"},
        new String[] {"{\"surprise\":" + "[".repeat(995) + "]".repeat(995) + "}", "fast"},
        new String[] {"{\"surprise\":" + "[".repeat(999) + "]".repeat(999) + "}", "fast"},
        new String[] {"{\"surprise\":" + "[".repeat(1000) + "]".repeat(1000) + "}", "detour"},
        new String[] {"{\"operation\":\"" + "x".repeat(100_000) + "\"}", "fast"},
        new String[] {"{\"" + "n".repeat(50_001) + "\":1}", "detour"},
        new String[] {"{\"" + "n".repeat(50_000) + "\":1}", "fast"});
    List<String> wrong = new ArrayList<>();
    for (String[] c : cases) {
      byte[] input = c[0].getBytes(StandardCharsets.UTF_8);
      Result fast = fast(input, Task.class);
      Result exact = exact(input, Task.class);
      String shown = c[0].length() > 80 ? c[0].substring(0, 80) + "..." : c[0];
      boolean expectFast = c[1].equals("fast");
      if (fast.read() != expectFast) {
        wrong.add(shown + ": expected " + c[1] + ", was " + (fast.read() ? "fast" : "detour"));
      }
      if (fast.read()) {
        assertSame(shown, input, Task.class, fast, exact);
      } else if (expectFast) {
        wrong.add(shown + ": exact reader says " + (exact.read() ? "read" : exact.refusal()));
      }
    }
    if (!wrong.isEmpty()) {
      fail(String.join("\n", wrong));
    }
  }

  /** Bounds checked as they are read: in and out of range, null for primitives (which keep a value that may break it). */
  @Test
  void boundsAreCheckedOnTheFastLaneAsAtTheObjectsEnd() throws Exception {
    List<String[]> cases = List.of(
        new String[] {"{\"cores\":1,\"offset\":-5,\"load\":1,\"total\":1000,\"ratio\":-1,\"names\":[\"a\",\"b\"]}", "fast"},
        new String[] {"{\"cores\":4,\"load\":0.5}", "fast"},
        new String[] {"{\"offset\":null,\"load\":null,\"total\":null,\"ratio\":null,\"names\":null}", "fast"},
        new String[] {"{\"cores\":null}", "detour"},
        new String[] {"{\"cores\":0}", "detour"},
        new String[] {"{\"cores\":11}", "detour"},
        new String[] {"{\"offset\":6}", "detour"},
        new String[] {"{\"offset\":-6}", "detour"},
        new String[] {"{\"load\":1.0000001}", "detour"},
        new String[] {"{\"load\":-0.0}", "fast"},
        new String[] {"{\"total\":1001}", "detour"},
        new String[] {"{\"total\":-9223372036854775808}", "detour"},
        new String[] {"{\"ratio\":-1.5}", "detour"},
        new String[] {"{\"ratio\":1e300}", "fast"},
        new String[] {"{\"names\":[]}", "detour"},
        new String[] {"{\"names\":[\"a\",\"b\",\"c\"]}", "detour"},
        new String[] {"{\"names\":[\"a\",null]}", "detour"},
        new String[] {"{\"code\":\"ab\",\"tag\":\"abc\",\"extra\":{\"x\":[null,1]}}", "fast"},
        new String[] {"{\"code\":\"a\"}", "detour"},
        new String[] {"{\"code\":\"abcde\"}", "detour"},
        new String[] {"{\"code\":\"\u00e9\u00e9\u00e9\u00e9\"}", "fast"}, // four code points, eight bytes
        new String[] {"{\"code\":\"\uD83D\uDE00\uD83D\uDE00\"}", "fast"}, // two code points, four chars
        new String[] {"{\"code\":\"\uD83D\uDE00\"}", "detour"},
        new String[] {"{\"code\":\"a\\u00e9\"}", "fast"},
        new String[] {"{\"tag\":\"\"}", "detour"},
        new String[] {"{\"tag\":\"abcd\"}", "detour"},
        new String[] {"{\"tag\":\"Abc\"}", "detour"},
        new String[] {"{\"tag\":\"\u00e9t\u00e9\"}", "fast"},
        new String[] {"{\"tag\":\"\u00c9t\u00e9\"}", "detour"},
        new String[] {"{\"extra\":[1,\"x\",null]}", "fast"});
    List<String> wrong = new ArrayList<>();
    for (String[] c : cases) {
      byte[] input = c[0].getBytes(StandardCharsets.UTF_8);
      Result fast = fast(input, Bounds.class);
      Result exact = exact(input, Bounds.class);
      if (fast.read() != c[1].equals("fast")) {
        wrong.add(c[0] + ": expected " + c[1] + " (the exact reader says " + (exact.read() ? "read" : exact.refusal()) + ")");
      }
      if (fast.read()) {
        assertSame(c[0], input, Bounds.class, fast, exact);
      } else {
        assertTrue(!exact.read() || c[0].contains("9223372036854775808"), c[0] + ": detoured, but the exact reader reads it");
      }
    }
    if (!wrong.isEmpty()) {
      fail(String.join("\n", wrong));
    }
  }

  /**
   * A member that no property claims leaves the guess of an object's first member as it was, so
   * that documents with unknown members (newer API versions) keep the lane's guesses.
   */
  @Test
  void unknownMembersLeaveTheGuessOfTheFirstMember() throws Exception {
    java.lang.reflect.Field field = codec(Task.class).getDeclaredField("MEMBERS");
    field.setAccessible(true);
    io.apimodel.runtime.internal.JsonMembers members = (io.apimodel.runtime.internal.JsonMembers) field.get(null);
    byte[] input = "{\"extId\":\"ZXJnb24=:9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a\",\"surprise\":1,\"createdTime\":\"2025-03-18T11:02:03Z\"}"
        .getBytes(StandardCharsets.UTF_8);
    Result fast = fast(input, Task.class);
    assertTrue(fast.read());
    // before the exact reader reads it, which learns the first member again
    assertEquals(members.index("extId"), members.expected(-1), "the guess for an object's first member");
    assertSame("unknown member", input, Task.class, fast, exact(input, Task.class));
  }

  /** A codec that has no fast-lane reader (one generated before it existed) reads every document exactly. */
  @Test
  void aCodecWithoutTheFastLaneReadsEverythingExactly() throws Exception {
    io.apimodel.runtime.jackson.ModelDeserializer<Task> older = new io.apimodel.runtime.jackson.ModelDeserializer<>(Task.class) {
      private static final long serialVersionUID = 1L;

      @Override
      protected Task readObject(JsonInput in) throws IOException {
        return Task.Json.read(in);
      }
    };
    for (String fixture : TASKS) {
      byte[] json = resource(fixture);
      assertEquals(Task.fromJson(json), older.fromJson(json), fixture);
    }
    com.fasterxml.jackson.core.JsonProcessingException failure = org.junit.jupiter.api.Assertions.assertThrows(
        com.fasterxml.jackson.core.JsonProcessingException.class, () -> older.fromJson("{\"progressPercentage\":\"x\"}"));
    assertTrue(failure.getMessage().contains("progressPercentage"), failure.getMessage());
  }

  @Test
  void mutatedPayloadsAreReadAlikeOrDetoured() throws Exception {
    List<JsonNode> seeds = new ArrayList<>();
    for (String fixture : TASKS) {
      collectObjects(TREES.readTree(resource(fixture)), seeds);
    }
    for (String fixture : List.of("fixtures/envelopes/get-task-response.json", "fixtures/envelopes/list-tasks-response.json",
        "fixtures/envelopes/get-task-error-app-messages.json", "fixtures/unions/union-holder.json")) {
      collectObjects(TREES.readTree(resource(fixture)), seeds);
    }
    JsonMutator mutator = new JsonMutator(20261207L, seeds);
    int fastReads = 0;
    int detours = 0;
    int refused = 0;
    for (int i = 0; i < 12_000; i++) {
      byte[] input = mutator.next();
      for (Class<? extends ApiObject> model : MODELS) {
        Result fast = fast(input, model);
        Result exact = exact(input, model);
        if (fast.read()) {
          fastReads++;
          assertSame("input #" + i + " as " + model.getSimpleName() + ": " + new String(input, StandardCharsets.UTF_8),
              input, model, fast, exact);
        } else {
          detours++;
          if (!exact.read()) {
            refused++;
          }
        }
      }
    }
    System.out.printf("FastLaneParityTest: %d reads on the fast lane, %d detours (%d of them refused by the exact reader)%n",
        fastReads, detours, refused);
    assertTrue(fastReads > 20_000, "too few inputs read on the fast lane to compare: " + fastReads);
    assertTrue(refused > 20_000, "too few refused inputs to show the lane detours on them: " + refused);
  }

  /** The fast lane read as {@code fromJson} runs it: the object and only white space after it, or a detour. */
  private static Result fast(byte[] input, Class<? extends ApiObject> model) throws Exception {
    Method read = codec(model).getMethod("read", Utf8Cursor.class);
    Utf8Cursor cursor = new Utf8Cursor(input, 0, input.length);
    try {
      Object value = read.invoke(null, cursor);
      return cursor.atEnd() ? new Result(true, value, null) : new Result(false, null, "detour");
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Utf8Cursor.Detour) {
        return new Result(false, null, "detour");
      }
      throw e;
    }
  }

  /** The exact reader, as {@code fromJson} runs it after a detour. */
  private static Result exact(byte[] input, Class<? extends ApiObject> model) throws Exception {
    Method read = codec(model).getMethod("read", JsonInput.class);
    Utf8Input in = Utf8Input.acquire(input);
    try {
      in.start();
      Object value = read.invoke(null, in);
      if (value != null && !ModelType.validateRead(value, in).isEmpty()) {
        return new Result(false, null, "violations " + ModelType.validateRead(value, in));
      }
      in.finish();
      return new Result(true, value, null);
    } catch (InvocationTargetException e) {
      return new Result(false, null, String.valueOf(e.getCause()));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return new Result(false, null, String.valueOf(e));
    } finally {
      in.release();
    }
  }

  private static void assertSame(String what, byte[] input, Class<? extends ApiObject> model, Result fast, Result exact)
      throws Exception {
    assertTrue(exact.read(), what + ": the fast lane read what the exact reader refuses (" + exact.refusal() + ")");
    assertEquals(exact.value(), fast.value(), what);
    if (fast.value() != null) {
      Method write = model.getMethod("toJsonBytes");
      assertArrayEquals((byte[]) write.invoke(exact.value()), (byte[]) write.invoke(fast.value()), what);
      assertEquals(exact.value().toString(), fast.value().toString(), what);
    }
  }

  private static Class<?> codec(Class<?> model) throws ClassNotFoundException {
    return Class.forName(model.getName() + "$Json");
  }

  private static void collectObjects(JsonNode node, List<JsonNode> out) {
    if (node.isObject()) {
      out.add(node);
    }
    for (JsonNode child : node) {
      collectObjects(child, out);
    }
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = FastLaneParityTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("no resource " + path);
      }
      return in.readAllBytes();
    }
  }
}
