package io.apimodel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the Performance table from a JMH JSON result ({@code -rf json -rff target/jmh.json}).
 *
 * <p>Every score is the median over forks of each fork's median iteration (from the JSON's
 * {@code rawData}), in ops/s; ratios compare scores from the same run. With {@code -prof gc} the
 * allocation per operation is shown too.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.apimodel.bench.Report target/jmh.json}
 */
public final class Report {

  /** One benchmark result: its fork medians from every file, the JMH scores of each file. */
  record Result(double score, double[] forkMedians, List<String> jmhScores, Double bytesPerOp) {}

  /** Fork medians, JMH "score ± error" and B/op of one benchmark, file by file. */
  private static final class Raw {
    final List<Double> forkMedians = new ArrayList<>();
    final List<String> jmhScores = new ArrayList<>();
    final List<Double> bytes = new ArrayList<>();
  }

  private final Map<String, Result> results = new LinkedHashMap<>();
  private final List<Map<String, Result>> perFile = new ArrayList<>();
  private final List<String> fileNames = new ArrayList<>();
  private final StringBuilder out = new StringBuilder();

  public static void main(String[] args) throws IOException {
    List<String> paths = args.length > 0 ? List.of(args) : List.of("benchmarks/target/jmh.json");
    Report report = new Report();
    for (String path : paths) {
      report.load(new File(path));
    }
    report.merge();
    System.out.print(report.render());
  }

  private final Map<String, Raw> raw = new LinkedHashMap<>();

  void load(File file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file);
    Map<String, Raw> mine = new LinkedHashMap<>();
    for (JsonNode run : root) {
      String benchmark = run.get("benchmark").asText();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      JsonNode payload = run.path("params").path("payload");
      String key = payload.isMissingNode() ? method : method + "/" + payload.asText();
      JsonNode metric = run.get("primaryMetric");
      Raw all = raw.computeIfAbsent(key, k -> new Raw());
      Raw one = mine.computeIfAbsent(key, k -> new Raw());
      for (JsonNode fork : metric.get("rawData")) {
        double[] values = new double[fork.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = fork.get(i).asDouble();
        }
        all.forkMedians.add(median(values));
        one.forkMedians.add(median(values.clone()));
      }
      String jmh = String.format(Locale.ROOT, "%,.0f ± %,.0f",
          metric.get("score").asDouble(), metric.get("scoreError").asDouble());
      all.jmhScores.add(jmh);
      one.jmhScores.add(jmh);
      for (Map.Entry<String, JsonNode> e : run.path("secondaryMetrics").properties()) {
        if (e.getKey().endsWith("gc.alloc.rate.norm")) {
          all.bytes.add(e.getValue().get("score").asDouble());
          one.bytes.add(e.getValue().get("score").asDouble());
        }
      }
    }
    perFile.add(summarize(mine));
    fileNames.add(file.getName());
  }

  void merge() {
    results.putAll(summarize(raw));
  }

  private static Map<String, Result> summarize(Map<String, Raw> raws) {
    Map<String, Result> out = new LinkedHashMap<>();
    raws.forEach((key, r) -> {
      double[] forks = r.forkMedians.stream().mapToDouble(Double::doubleValue).toArray();
      Double bytes = r.bytes.isEmpty() ? null
          : r.bytes.stream().mapToDouble(Double::doubleValue).average().orElse(0);
      out.put(key, new Result(median(forks.clone()), forks, r.jmhScores, bytes));
    });
    return out;
  }

  /** The geometric mean of the generated / reference ratios of the four JSON cases, or NaN. */
  private static double geometricMean(Map<String, Result> results) {
    double logSum = 0;
    int cases = 0;
    for (String op : List.of("read", "write")) {
      for (String size : List.of("large", "small")) {
        Result gen = results.get(op + "_generated/" + size);
        Result ref = results.get(op + "_reference/" + size);
        if (gen != null && ref != null) {
          logSum += Math.log(gen.score() / ref.score());
          cases++;
        }
      }
    }
    return cases == 0 ? Double.NaN : Math.exp(logSum / cases);
  }

  String render() {
    boolean gc = results.values().stream().anyMatch(r -> r.bytesPerOp() != null);
    line("| case | generated via ObjectMapper | hand-written jackson-core (reference) | jackson-databind reflection | generated / reference | generated / databind | generated codec without ObjectMapper |");
    line("|---|---:|---:|---:|---:|---:|---:|");
    double logSum = 0;
    int cases = 0;
    List<String> failures = new ArrayList<>();
    double[] readVsDatabind = new double[2];
    int r = 0;
    for (String op : List.of("read", "write")) {
      for (String size : List.of("large", "small")) {
        Result gen = results.get(op + "_generated/" + size);
        Result ref = results.get(op + "_reference/" + size);
        Result db = results.get(op + "_databind/" + size);
        Result direct = results.get(op + "_generatedDirect/" + size);
        if (gen == null || ref == null || db == null) {
          continue;
        }
        double vsRef = gen.score() / ref.score();
        double vsDb = gen.score() / db.score();
        logSum += Math.log(vsRef);
        cases++;
        if (vsRef < 1.1) {
          failures.add(String.format(Locale.ROOT, "%s %s: %.2f× the reference (target ≥ 1.10×)", op, size, vsRef));
        }
        if (op.equals("read")) {
          readVsDatabind[r++] = vsDb;
          if (vsDb < 1.5) {
            failures.add(String.format(Locale.ROOT, "read %s: %.2f× databind (target ≥ 1.50×)", size, vsDb));
          }
        }
        line(String.format(Locale.ROOT, "| %s %s | %s | %s | %s | **%.2f×** | %.2f× | %s |",
            op, size, ops(gen), ops(ref), ops(db), vsRef, vsDb, direct == null ? "–" : ops(direct)));
      }
    }
    line("");
    if (cases > 0) {
      double geo = Math.exp(logSum / cases);
      if (geo < 1.3) {
        failures.add(String.format(Locale.ROOT, "geometric mean %.2f× (target ≥ 1.30×)", geo));
      }
      line(String.format(Locale.ROOT,
          "Geometric mean of the %d generated / reference ratios: **%.2f×** (target ≥ 1.30×, each ≥ 1.10×).",
          cases, geo));
      if (perFile.size() > 1) {
        StringBuilder runs = new StringBuilder();
        for (int i = 0; i < perFile.size(); i++) {
          runs.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f× (%s)",
              geometricMean(perFile.get(i)), fileNames.get(i)));
        }
        line("");
        line("Each run on its own: " + runs + ".");
      }
      line("");
    }
    Result build = results.get("build_generated");
    Result hand = results.get("build_hand");
    if (build != null && hand != null) {
      double slower = hand.score() / build.score();
      if (slower > 1.3) {
        failures.add(String.format(Locale.ROOT, "build(): %.2f× the hand constructor's time (target ≤ 1.30×)", slower));
      }
      line("| in memory, large Task | generated | hand-written | generated time / hand time |");
      line("|---|---:|---:|---:|");
      line(String.format(Locale.ROOT, "| `Task.builder()…build()` vs constructor with the same checks | %s | %s | **%.2f×** (target ≤ 1.30×) |",
          ops(build), ops(hand), slower));
      for (String name : List.of("toDict", "toStr", "validate")) {
        Result res = results.get(name + "_generated");
        if (res != null) {
          line(String.format(Locale.ROOT, "| `%s()` | %s | – | – |", name, ops(res)));
        }
      }
      line("");
    }
    if (failures.isEmpty()) {
      line("All targets met.");
    } else {
      line("Targets missed:");
      for (String f : failures) {
        line("- " + f);
      }
    }
    line("");
    line("Scores in ops/s (µs per op in brackets): the median over forks of each fork's median iteration"
        + (perFile.size() > 1 ? ", forks pooled from " + perFile.size() + " runs." : "."));
    line("");
    line("<details><summary>Per benchmark: fork medians, JMH score ± error" + (gc ? ", allocation per op" : "") + "</summary>");
    line("");
    line("| benchmark | fork medians (ops/s) | JMH score ± 99.9% error, per run |" + (gc ? " B/op (-prof gc) |" : ""));
    line("|---|---|---:|" + (gc ? "---:|" : ""));
    for (Map.Entry<String, Result> e : results.entrySet()) {
      Result res = e.getValue();
      StringBuilder forks = new StringBuilder();
      for (double m : res.forkMedians()) {
        forks.append(forks.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,.0f", m));
      }
      line(String.format(Locale.ROOT, "| %s | %s | %s |%s", e.getKey(), forks,
          String.join("; ", res.jmhScores()),
          gc ? (res.bytesPerOp() == null ? " – |" : String.format(Locale.ROOT, " %,.0f |", res.bytesPerOp())) : ""));
    }
    line("");
    line("</details>");
    return out.toString();
  }

  private static String ops(Result r) {
    return String.format(Locale.ROOT, "%,.0f (%.2f µs)", r.score(), 1e6 / r.score());
  }

  private void line(String s) {
    out.append(s).append('\n');
  }

  private static double median(double[] values) {
    Arrays.sort(values);
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }
}
