package io.apimodel.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.apimodel.bench.avaje.AvajeCodec;
import io.apimodel.bench.dsljson.DslJsonCodec;
import io.apimodel.sample.prism.v4.config.Task;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@link JsonBench}'s fastest contenders as ratios that survive a noisy machine: they run in one
 * JVM, taking turns every 200 ms for {@code rounds} rounds (after 8 rounds of warm-up), so that all
 * see the same load. Prints each one's median throughput and the median, over rounds, of its time
 * relative to the first contender (the generated class's direct path), as a speed ratio (above 1:
 * faster than the first).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.apimodel.bench.DirectAB read large 30 [direct,dsljson]</pre>
 */
public final class DirectAB {

  private DirectAB() {}

  public static void main(String[] args) throws Exception {
    String what = args.length > 0 ? args[0] : "read";
    String size = args.length > 1 ? args[1] : "large";
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    byte[] json = Fixtures.compact(size);
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    ObjectReader reader = mapper.readerFor(Task.class);
    ObjectWriter writer = mapper.writerFor(Task.class);
    DslJsonCodec dsl = new DslJsonCodec();
    AvajeCodec avaje = new AvajeCodec();
    Map<String, Callable<Object>> cases = new LinkedHashMap<>();
    if (what.equals("read")) {
      cases.put("direct", () -> Task.fromJson(json));
      cases.put("mapper", () -> reader.readValue(json));
      cases.put("dsljson", () -> dsl.read(json));
      cases.put("avaje", () -> avaje.read(json));
    } else {
      Task task = Task.fromJson(json);
      io.apimodel.bench.dsljson.Task dslTask = dsl.read(json);
      io.apimodel.bench.avaje.Task avajeTask = avaje.read(json);
      cases.put("direct", task::toJsonBytes);
      cases.put("mapper", () -> writer.writeValueAsBytes(task));
      cases.put("dsljson", () -> dsl.write(dslTask));
      cases.put("avaje", () -> avaje.write(avajeTask));
    }
    if (args.length > 3) {
      cases.keySet().retainAll(List.of(args[3].split(",")));
    }
    Map<String, List<Double>> rates = Interleaved.run(cases, rounds);
    List<Double> base = rates.values().iterator().next();
    for (Map.Entry<String, List<Double>> c : rates.entrySet()) {
      System.out.printf("%s %s %-10s %,12.0f ops/s   speed / the first's: %.3f%n", what, size, c.getKey(),
          Interleaved.median(c.getValue()), 1 / Interleaved.timeRatio(base, c.getValue()));
    }
  }
}
