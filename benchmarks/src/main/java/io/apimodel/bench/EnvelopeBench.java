package io.apimodel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apimodel.bench.models.TypedTaskResponse;
import io.apimodel.sample.prism.v4.config.GetTaskApiResponse;
import io.apimodel.sample.prism.v4.config.Task;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the response envelope and its union cost (issue 14): the real {@code GetTaskApiResponse}
 * ({@code get-task-response.json}) read and written three ways, all through a plain
 * {@code ObjectMapper} and the generated codecs:
 *
 * <ul>
 *   <li>{@code envelope}: {@code GetTaskApiResponse}, whose {@code data} is the union
 *       {@code GetTaskApiResponseData} (Task or ErrorResponse, told apart by {@code $objectType});
 *   <li>{@code typedEnvelope}: the same bytes into {@code TypedTaskResponse}, an envelope whose
 *       {@code data} is declared {@code Task}: the envelope without the union;
 *   <li>{@code task}: the bare {@code Task} the envelope wraps (its {@code data}, alone).
 * </ul>
 *
 * <p>{@code order}: {@code api} is the document as the API sends it, {@code $objectType} near the
 * end of {@code data} (the union copies the object's tokens before reading them as a Task);
 * {@code objectTypeFirst} moves it to the front (the union reads straight on).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EnvelopeBench {

  @Param({"api", "objectTypeFirst"})
  public String order;

  private ObjectMapper mapper;
  private byte[] envelopeJson;
  private byte[] taskJson;
  private GetTaskApiResponse envelope;
  private TypedTaskResponse typedEnvelope;
  private Task task;
  private ByteArrayOutputStream out;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    mapper = Fixtures.mapper();
    byte[] real;
    try (InputStream in = EnvelopeBench.class.getResourceAsStream("/get-task-response.json")) {
      real = in.readAllBytes();
    }
    ObjectNode document = (ObjectNode) mapper.readTree(real);
    if (order.equals("objectTypeFirst")) {
      document.set("data", objectTypeFirst((ObjectNode) document.get("data")));
    }
    envelopeJson = mapper.writeValueAsBytes(document);
    taskJson = mapper.writeValueAsBytes(document.get("data"));
    envelope = mapper.readValue(envelopeJson, GetTaskApiResponse.class);
    typedEnvelope = mapper.readValue(envelopeJson, TypedTaskResponse.class);
    task = mapper.readValue(taskJson, Task.class);
    out = new ByteArrayOutputStream(8192);
    if (!envelope.data().task().equals(task) || !typedEnvelope.data().equals(task)) {
      throw new IllegalStateException("the three readers disagree");
    }
  }

  private ObjectNode objectTypeFirst(ObjectNode data) {
    Map<String, JsonNode> members = new LinkedHashMap<>();
    members.put("$objectType", data.get("$objectType"));
    for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      members.putIfAbsent(e.getKey(), e.getValue());
    }
    ObjectNode reordered = mapper.createObjectNode();
    reordered.setAll(members);
    return reordered;
  }

  @Benchmark
  public GetTaskApiResponse read_envelope() throws IOException {
    return mapper.readValue(envelopeJson, GetTaskApiResponse.class);
  }

  @Benchmark
  public TypedTaskResponse read_typedEnvelope() throws IOException {
    return mapper.readValue(envelopeJson, TypedTaskResponse.class);
  }

  @Benchmark
  public Task read_task() throws IOException {
    return mapper.readValue(taskJson, Task.class);
  }

  @Benchmark
  public GetTaskApiResponse read_envelopeDirect() throws IOException {
    return GetTaskApiResponse.fromJson(envelopeJson);
  }

  @Benchmark
  public int write_envelope() throws IOException {
    out.reset();
    mapper.writeValue(out, envelope);
    return out.size();
  }

  @Benchmark
  public int write_typedEnvelope() throws IOException {
    out.reset();
    mapper.writeValue(out, typedEnvelope);
    return out.size();
  }

  @Benchmark
  public int write_task() throws IOException {
    out.reset();
    mapper.writeValue(out, task);
    return out.size();
  }
}
