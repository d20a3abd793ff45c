package io.apimodel.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apimodel.bench.models.TypedTaskResponse;
import io.apimodel.sample.prism.v4.config.GetTaskApiResponse;
import io.apimodel.sample.prism.v4.config.Task;
import java.io.InputStream;
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
    Map<String, List<Double>> rates = Interleaved.run(cases, rounds);
    List<Double> base = rates.values().iterator().next();
    String baseName = rates.keySet().iterator().next();
    for (Map.Entry<String, List<Double>> c : rates.entrySet()) {
      System.out.printf("%-30s %,10.0f ops/s   time / %s: %.3f%n", c.getKey(), Interleaved.median(c.getValue()), baseName,
          Interleaved.timeRatio(base, c.getValue()));
    }
  }
}
