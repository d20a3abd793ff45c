package io.apimodel.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.apimodel.bench.avaje.AvajeCodec;
import io.apimodel.bench.baseline.HandCodec;
import io.apimodel.bench.baseline.HandTask;
import io.apimodel.bench.dsljson.DslJsonCodec;
import io.apimodel.sample.prism.v4.config.Task;
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
 * Reading and writing the Task payloads, the generated classes beside the fastest Java peers:
 *
 * <ul>
 *   <li>{@code generated}: the generated {@code Task} through a plain {@code ObjectMapper} with
 *       {@code JavaTimeModule} and nothing else configured (it finds the generated streaming
 *       codec through {@code @JsonSerialize/@JsonDeserialize}); reads validate the document, as
 *       the contract requires;
 *   <li>{@code generatedDirect}: the generated class's own entry points,
 *       {@code Task.fromJson(byte[])} and {@code task.toJsonBytes()}, without ObjectMapper; reads
 *       validate too;
 *   <li>{@code avaje}: avaje-jsonb with its generated adapters ({@link AvajeCodec});
 *   <li>{@code dsljson}: DSL-JSON with its generated converters ({@link DslJsonCodec});
 *   <li>{@code reference}: the hand-written jackson-core streaming codec ({@link HandCodec}) for
 *       the hand-written POJOs, on a plain {@code JsonFactory}; {@code write_referenceShared}
 *       writes the same POJOs in the style of the shared bench's streaming codec, to show that
 *       the reference is at least as fast;
 *   <li>{@code databind}: jackson-databind reflection on those POJOs (the everyday baseline),
 *       through the mapper an application configures for them ({@link Fixtures#mapper()}).
 * </ul>
 *
 * <p>Every contender is called as the shared bench ({@code ../shared/bench}) calls its own: a read
 * parses the compact payload from a {@code byte[]}, a write returns a fresh {@code byte[]} (through
 * {@code ObjectReader.readValue(byte[])} and {@code ObjectWriter.writeValueAsBytes} for the
 * mappers). None of them validates except the generated class. The twins of {@code Task} that
 * avaje-jsonb, DSL-JSON and the reference read and write have the generated classes' properties,
 * order and defaults ({@code $objectType}, {@code $reserved}), so the setup can check that all of
 * them do the same work: each reads the payload and writes back exactly the bytes
 * {@code write_generated} writes. DSL-JSON writes a date-time fraction without its trailing zeros
 * ({@code .31852} for {@code .318520}); the payloads' fractions end in a non-zero digit, so its
 * bytes are compared too.
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

  private ObjectReader generatedReader;
  private ObjectWriter generatedWriter;
  private ObjectReader databindReader;
  private ObjectWriter databindWriter;
  private final JsonFactory factory = JsonFactory.builder().build();
  private final AvajeCodec avaje = new AvajeCodec();
  private final DslJsonCodec dslJson = new DslJsonCodec();

  private byte[] json;
  private Task task;
  private HandTask handTask;
  private io.apimodel.bench.avaje.Task avajeTask;
  private io.apimodel.bench.dsljson.Task dslJsonTask;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    ObjectMapper plain = new ObjectMapper().registerModule(new JavaTimeModule());
    generatedReader = plain.readerFor(Task.class);
    generatedWriter = plain.writerFor(Task.class);
    ObjectMapper configured = Fixtures.mapper();
    databindReader = configured.readerFor(HandTask.class);
    databindWriter = configured.writerFor(HandTask.class);
    json = Fixtures.compact(payload);
    task = read_generated();
    handTask = read_reference();
    avajeTask = read_avaje();
    dslJsonTask = read_dsljson();
    checkSameWork();
  }

  // ---------------------------------------------------------------- read

  @Benchmark
  public Task read_generated() throws IOException {
    return generatedReader.readValue(json);
  }

  @Benchmark
  public Task read_generatedDirect() throws IOException {
    return Task.fromJson(json);
  }

  @Benchmark
  public io.apimodel.bench.avaje.Task read_avaje() {
    return avaje.read(json);
  }

  @Benchmark
  public io.apimodel.bench.dsljson.Task read_dsljson() throws IOException {
    return dslJson.read(json);
  }

  @Benchmark
  public HandTask read_reference() throws IOException {
    return HandCodec.read(factory, json);
  }

  @Benchmark
  public HandTask read_databind() throws IOException {
    return databindReader.readValue(json);
  }

  // ---------------------------------------------------------------- write

  @Benchmark
  public byte[] write_generated() throws IOException {
    return generatedWriter.writeValueAsBytes(task);
  }

  @Benchmark
  public byte[] write_generatedDirect() {
    return task.toJsonBytes();
  }

  @Benchmark
  public byte[] write_avaje() {
    return avaje.write(avajeTask);
  }

  @Benchmark
  public byte[] write_dsljson() throws IOException {
    return dslJson.write(dslJsonTask);
  }

  @Benchmark
  public byte[] write_reference() throws IOException {
    return HandCodec.write(factory, handTask);
  }

  @Benchmark
  public byte[] write_referenceShared() throws IOException {
    return HandCodec.writeSharedStyle(factory, handTask);
  }

  @Benchmark
  public byte[] write_databind() throws IOException {
    return databindWriter.writeValueAsBytes(handTask);
  }

  /**
   * The contenders must do the same work: every write gives the bytes of {@code write_generated},
   * and so does writing what every read gives (each contender's object was read by its own read).
   */
  private void checkSameWork() throws IOException {
    byte[] expected = write_generated();
    same(expected, "write_generatedDirect", write_generatedDirect());
    same(expected, "write_avaje", write_avaje());
    same(expected, "write_dsljson", write_dsljson());
    same(expected, "write_reference", write_reference());
    same(expected, "write_referenceShared", write_referenceShared());
    same(expected, "write_databind", write_databind());
    Task direct = read_generatedDirect();
    if (!task.equals(direct)) {
      throw new IllegalStateException(
          "read_generatedDirect differs from read_generated for " + payload);
    }
    same(expected, "read_generatedDirect, written", direct.toJsonBytes());
    same(expected, "read_databind, written", databindWriter.writeValueAsBytes(read_databind()));
  }

  private void same(byte[] expected, String what, byte[] actual) {
    if (!Arrays.equals(expected, actual)) {
      throw new IllegalStateException(what + " differs from write_generated for " + payload + ":\n"
          + new String(expected, StandardCharsets.UTF_8) + "\n"
          + new String(actual, StandardCharsets.UTF_8));
    }
  }
}
