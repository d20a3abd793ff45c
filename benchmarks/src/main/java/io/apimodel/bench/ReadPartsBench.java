package io.apimodel.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apimodel.bench.dsljson.DslJsonCodec;
import io.apimodel.sample.prism.v4.config.Task;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where a small direct read spends its time beside DSL-JSON's: the small Task cut into documents
 * of one member each (and the empty object, and the whole), read by {@code Task.fromJson(byte[])}
 * and by DSL-JSON's generated reader. A member's cost is its document's time less the empty
 * object's. The parts that cost more than DSL-JSON's are the work DSL-JSON's reader does not do:
 * {@code @Pattern} checks, {@code @Default} values, unknown enum strings kept.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ReadPartsBench</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ReadPartsBench {

  /** A member of the small Task, or {@code empty} ({@code {}}) or {@code whole} (the small Task). */
  @Param({"empty", "extId", "operation", "createdTime", "status", "progressPercentage", "isCancelable",
      "ownedBy", "clusterExtIds", "isBackgroundTask", "whole"})
  public String part;

  private final DslJsonCodec dslJson = new DslJsonCodec();
  private byte[] json;

  @Setup
  public void setUp() throws IOException {
    ObjectMapper plain = new ObjectMapper();
    ObjectNode small = (ObjectNode) plain.readTree(Fixtures.compact("small"));
    ObjectNode doc = plain.createObjectNode();
    switch (part) {
      case "whole" -> doc = small;
      case "empty" -> { }
      default -> {
        if (!small.has(part)) {
          throw new IllegalStateException("the small Task has no member " + part);
        }
        doc.set(part, small.get(part));
      }
    }
    json = plain.writeValueAsBytes(doc);
    // Both read the document, and to the same members: the parts measure the same work.
    if (!direct().toJson().contains(part.equals("whole") || part.equals("empty") ? "" : "\"" + part + "\"")
        || dsljson() == null) {
      throw new IllegalStateException("not read: " + new String(json, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Benchmark
  public Task direct() throws IOException {
    return Task.fromJson(json);
  }

  @Benchmark
  public io.apimodel.bench.dsljson.Task dsljson() throws IOException {
    return dslJson.read(json);
  }
}
