package io.apimodel.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apimodel.bench.models.TypedTaskResponse;
import io.apimodel.sample.prism.v4.config.GetTaskApiResponse;
import io.apimodel.sample.prism.v4.config.Task;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The union's cost as a ratio that survives a noisy machine: {@link EnvelopeBench}'s contenders
 * run in one JVM, taking turns every 200 ms for {@code rounds} rounds (after 8 rounds of warm-up),
 * so that both see the same load; it prints each one's median throughput and, per round, the
 * time ratio of each contender to the first, with the median of those ratios. JMH runs each
 * benchmark in forks of its own, whose scores differ by up to 2× here between forks.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.apimodel.bench.EnvelopeAB read 30</pre>
 *
 * {@code read}: the typed envelope, then the envelope with the union, then the same with
 * {@code $objectType} first; {@code write}: the same for writing.
 */
public final class EnvelopeAB {

  private static volatile Object sink;

  private EnvelopeAB() {}

  public static void main(String[] args) throws Exception {
    String what = args.length > 0 ? args[0] : "read";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    ObjectMapper mapper = Fixtures.mapper();
    byte[] api;
    try (InputStream in = EnvelopeAB.class.getResourceAsStream("/get-task-response.json")) {
      api = in.readAllBytes();
    }
    ObjectNode document = (ObjectNode) mapper.readTree(api);
    ObjectNode data = (ObjectNode) document.get("data");
    ObjectNode first = mapper.createObjectNode();
    first.set("$objectType", data.get("$objectType"));
    first.setAll(data);
    ObjectNode reordered = document.deepCopy();
    reordered.set("data", first);
    byte[] objectTypeFirst = mapper.writeValueAsBytes(reordered);
    byte[] task = mapper.writeValueAsBytes(data);

    Map<String, Callable<Object>> cases = new LinkedHashMap<>();
    if (what.equals("read")) {
      cases.put("typedEnvelope", () -> mapper.readValue(api, TypedTaskResponse.class));
      cases.put("envelope (api order)", () -> mapper.readValue(api, GetTaskApiResponse.class));
      cases.put("envelope ($objectType first)", () -> mapper.readValue(objectTypeFirst, GetTaskApiResponse.class));
      cases.put("task", () -> mapper.readValue(task, Task.class));
    } else {
      TypedTaskResponse typed = mapper.readValue(api, TypedTaskResponse.class);
      GetTaskApiResponse envelope = mapper.readValue(api, GetTaskApiResponse.class);
      Task bare = mapper.readValue(task, Task.class);
      cases.put("typedEnvelope", () -> mapper.writeValueAsBytes(typed));
      cases.put("envelope", () -> mapper.writeValueAsBytes(envelope));
      cases.put("task", () -> mapper.writeValueAsBytes(bare));
    }
    Map<String, List<Double>> rates = new LinkedHashMap<>();
    for (int r = 0; r < rounds + 8; r++) {
      for (Map.Entry<String, Callable<Object>> c : cases.entrySet()) {
        long n = 0;
        long start = System.nanoTime();
        long end = start + 200_000_000L;
        long now;
        do {
          for (int i = 0; i < 50; i++) {
            sink = c.getValue().call();
          }
          n += 50;
        } while ((now = System.nanoTime()) < end);
        if (r >= 8) {
          rates.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(n * 1e9 / (now - start));
        }
      }
    }
    List<Double> base = rates.values().iterator().next();
    String baseName = rates.keySet().iterator().next();
    for (Map.Entry<String, List<Double>> c : rates.entrySet()) {
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < base.size(); i++) {
        ratios.add(base.get(i) / c.getValue().get(i)); // time of this case / time of the first
      }
      System.out.printf("%-30s %,10.0f ops/s   time / %s: %.3f%n", c.getKey(), median(c.getValue()), baseName,
          median(ratios));
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
