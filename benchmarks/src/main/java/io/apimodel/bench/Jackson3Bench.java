package io.apimodel.bench;

import io.apimodel.bench.baseline.HandTask;
import io.apimodel.sample.prism.v4.config.Task;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Under Jackson 3 (issue 16): the generated classes' Jackson 3 codec beside Jackson 3's reflective
 * databind, both through a Jackson 3 {@code JsonMapper}, in the same run:
 *
 * <ul>
 *   <li>{@code codec}: the generated {@code Task} through {@code JsonMapper.builder().build()}, which
 *       finds the codec through Jackson 3's {@code @JsonSerialize}/{@code @JsonDeserialize}; reads
 *       validate the document;
 *   <li>{@code databind}: Jackson 3's reflection on the hand-written POJOs of {@link JsonBench}
 *       ({@link HandTask}, the same properties, order and defaults), through the mapper an
 *       application configures for them: unknown enum strings read as the default constant
 *       (Jackson 3 reads and writes {@code java.time} by itself). They validate nothing.
 * </ul>
 *
 * <p>As in {@link JsonBench}: a read parses the compact payload from a {@code byte[]} (the
 * {@code Stream} reads from an {@code InputStream} over it, as a web framework reads a request body), a write
 * returns a fresh {@code byte[]}; the setup checks that both write exactly the same bytes, and that
 * writing what each read gives does too.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class Jackson3Bench {

  @Param({"large", "small"})
  public String payload;

  private ObjectReader codecReader;
  private ObjectWriter codecWriter;
  private ObjectReader databindReader;
  private ObjectWriter databindWriter;

  private byte[] json;
  private Task task;
  private HandTask handTask;

  @Setup(Level.Trial)
  public void setUp() {
    JsonMapper plain = JsonMapper.builder().build();
    codecReader = plain.readerFor(Task.class);
    codecWriter = plain.writerFor(Task.class);
    JsonMapper configured =
        JsonMapper.builder().enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE).build();
    databindReader = configured.readerFor(HandTask.class);
    databindWriter = configured.writerFor(HandTask.class);
    json = Fixtures.compact(payload);
    task = read_codec();
    handTask = read_databind();
    byte[] expected = write_codec();
    same(expected, "write_databind", write_databind());
    same(expected, "the codec's read, written", codecWriter.writeValueAsBytes(read_codec()));
    same(expected, "databind's read, written", databindWriter.writeValueAsBytes(read_databind()));
    same(expected, "Task.toJsonBytes()", task.toJsonBytes());
    try {
      same(expected, "the codec's stream read, written", codecWriter.writeValueAsBytes(read_codecStream()));
      same(expected, "databind's stream read, written", databindWriter.writeValueAsBytes(read_databindStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public Task read_codec() {
    return codecReader.readValue(json);
  }

  @Benchmark
  public HandTask read_databind() {
    return databindReader.readValue(json);
  }

  /**
   * From a stream, as Spring MVC hands a request body to the mapper: jackson-core reads it through
   * its own buffer, so the codec reads tokens (no hand-over of bytes).
   */
  @Benchmark
  public Task read_codecStream() throws IOException {
    return codecReader.readValue(new ByteArrayInputStream(json));
  }

  @Benchmark
  public HandTask read_databindStream() throws IOException {
    return databindReader.readValue(new ByteArrayInputStream(json));
  }

  @Benchmark
  public byte[] write_codec() {
    return codecWriter.writeValueAsBytes(task);
  }

  @Benchmark
  public byte[] write_databind() {
    return databindWriter.writeValueAsBytes(handTask);
  }

  private void same(byte[] expected, String what, byte[] actual) {
    if (!Arrays.equals(expected, actual)) {
      throw new IllegalStateException(what + " differs from write_codec for " + payload + ":\n"
          + new String(expected, StandardCharsets.UTF_8) + "\n"
          + new String(actual, StandardCharsets.UTF_8));
    }
  }
}
