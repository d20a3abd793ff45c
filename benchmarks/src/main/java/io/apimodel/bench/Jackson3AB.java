package io.apimodel.bench;

import io.apimodel.bench.baseline.HandTask;
import io.apimodel.sample.prism.v4.config.Task;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Jackson3Bench}'s pairs as ratios that survive a noisy machine: the generated Jackson 3
 * codec and Jackson 3's reflection take turns in one JVM every 200 ms for {@code rounds} rounds
 * (see {@link Interleaved}). Prints each one's median throughput and the median, over rounds, of
 * the codec's speed relative to reflection's.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.apimodel.bench.Jackson3AB read large 30</pre>
 *
 * <p>{@code read} reads a {@code byte[]}, {@code stream} an {@code InputStream} over it, {@code write}
 * writes a {@code byte[]}.
 */
public final class Jackson3AB {

  private Jackson3AB() {}

  public static void main(String[] args) throws Exception {
    String what = args.length > 0 ? args[0] : "read";
    String size = args.length > 1 ? args[1] : "large";
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    byte[] json = Fixtures.compact(size);
    JsonMapper plain = JsonMapper.builder().build();
    JsonMapper configured = JsonMapper.builder().enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE).build();
    ObjectReader codecReader = plain.readerFor(Task.class);
    ObjectWriter codecWriter = plain.writerFor(Task.class);
    ObjectReader databindReader = configured.readerFor(HandTask.class);
    ObjectWriter databindWriter = configured.writerFor(HandTask.class);
    Map<String, Callable<Object>> cases = new LinkedHashMap<>();
    switch (what) {
      case "read" -> {
        cases.put("databind", () -> databindReader.readValue(json));
        cases.put("codec", () -> codecReader.readValue(json));
      }
      case "stream" -> {
        cases.put("databind", () -> databindReader.readValue(new ByteArrayInputStream(json)));
        cases.put("codec", () -> codecReader.readValue(new ByteArrayInputStream(json)));
      }
      default -> {
        Task task = codecReader.readValue(json);
        HandTask handTask = databindReader.readValue(json);
        cases.put("databind", () -> databindWriter.writeValueAsBytes(handTask));
        cases.put("codec", () -> codecWriter.writeValueAsBytes(task));
      }
    }
    Map<String, List<Double>> rates = Interleaved.run(cases, rounds);
    List<Double> base = rates.values().iterator().next();
    for (Map.Entry<String, List<Double>> c : rates.entrySet()) {
      System.out.printf("%s %s %-10s %,12.0f ops/s   speed / databind's: %.3f%n", what, size, c.getKey(),
          Interleaved.median(c.getValue()), 1 / Interleaved.timeRatio(base, c.getValue()));
    }
  }
}
