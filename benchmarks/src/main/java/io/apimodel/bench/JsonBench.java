package io.apimodel.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apimodel.bench.baseline.HandCodec;
import io.apimodel.bench.baseline.HandTask;
import io.apimodel.runtime.jackson.Jackson2Output;
import io.apimodel.sample.prism.v4.config.Task;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * Reading and writing the Task payloads, four ways:
 *
 * <ul>
 *   <li>{@code generated}: the generated {@code Task} through a plain {@code ObjectMapper} (which
 *       finds the generated streaming codec through {@code @JsonSerialize/@JsonDeserialize}); reads
 *       validate the document, as the contract requires;
 *   <li>{@code databind}: jackson-databind reflection on the hand-written annotated POJOs (the
 *       everyday baseline), same mapper;
 *   <li>{@code reference}: the hand-written jackson-core streaming codec for those POJOs, on the
 *       mapper's own {@code JsonFactory};
 *   <li>{@code generatedDirect}: for diagnosis only, the generated codec without ObjectMapper
 *       ({@code Task.Json}'s {@code readValidated}/{@code write} on the same factory).
 * </ul>
 *
 * <p>Input is a {@code byte[]}; output goes to one reused {@code ByteArrayOutputStream}, reset per
 * operation, for every contender. The setup checks that all four write the same bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonBench {

  @Param({"large", "small"})
  public String payload;

  private ObjectMapper mapper;
  private JsonFactory factory;
  private byte[] json;
  private Task task;
  private HandTask handTask;
  private ByteArrayOutputStream out;
  private final Task.Json codec = new Task.Json();

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    mapper = Fixtures.mapper();
    factory = mapper.getFactory();
    json = Fixtures.payload(payload);
    task = mapper.readValue(json, Task.class);
    handTask = HandCodec.read(factory, json);
    out = new ByteArrayOutputStream(8192);
    checkSameOutput();
  }

  // ---------------------------------------------------------------- read

  @Benchmark
  public Task read_generated() throws IOException {
    return mapper.readValue(json, Task.class);
  }

  @Benchmark
  public HandTask read_databind() throws IOException {
    return mapper.readValue(json, HandTask.class);
  }

  @Benchmark
  public HandTask read_reference() throws IOException {
    return HandCodec.read(factory, json);
  }

  @Benchmark
  public Task read_generatedDirect() throws IOException {
    try (JsonParser p = factory.createParser(json)) {
      p.nextToken();
      return codec.readValidated(p);
    }
  }

  // ---------------------------------------------------------------- write

  @Benchmark
  public int write_generated() throws IOException {
    out.reset();
    mapper.writeValue(out, task);
    return out.size();
  }

  @Benchmark
  public int write_databind() throws IOException {
    out.reset();
    mapper.writeValue(out, handTask);
    return out.size();
  }

  @Benchmark
  public int write_reference() throws IOException {
    out.reset();
    HandCodec.write(factory, handTask, out);
    return out.size();
  }

  @Benchmark
  public int write_generatedDirect() throws IOException {
    out.reset();
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      Task.Json.write(task, new Jackson2Output(g));
    }
    return out.size();
  }

  /** The contenders must do the same work: same objects in, same bytes out. */
  private void checkSameOutput() throws IOException {
    write_generated();
    byte[] generated = out.toByteArray();
    String[] names = {"databind", "reference", "generatedDirect"};
    byte[][] others = new byte[3][];
    write_databind();
    others[0] = out.toByteArray();
    write_reference();
    others[1] = out.toByteArray();
    write_generatedDirect();
    others[2] = out.toByteArray();
    for (int i = 0; i < others.length; i++) {
      if (!Arrays.equals(generated, others[i])) {
        throw new IllegalStateException("write_" + names[i] + " differs from write_generated for "
            + payload + ":\n" + new String(generated, StandardCharsets.UTF_8) + "\n"
            + new String(others[i], StandardCharsets.UTF_8));
      }
    }
    if (!task.equals(read_generatedDirect())) {
      throw new IllegalStateException("read_generatedDirect differs from read_generated");
    }
  }
}
