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
 * <p>{@link JsonBench}'s four cases (read and write, large and small) are one row each: the score
 * of every contender, the generated classes through ObjectMapper and directly, avaje-jsonb,
 * DSL-JSON, the hand-written jackson-core reference and jackson-databind, then the ratios the
 * project's targets are about (generated / reference, direct / reference, direct / DSL-JSON), with
 * their geometric means over the four cases in a last row. Targets missed are listed below.
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

  /** The four JSON cases, in table order: {@code read large}, {@code read small}, then writes. */
  private static final List<String[]> CASES = List.of(
      new String[] {"read", "large"}, new String[] {"read", "small"},
      new String[] {"write", "large"}, new String[] {"write", "small"});

  /** JsonBench's contenders: method suffix and column title, in column order. */
  private static final String[][] CONTENDERS = {
      {"generated", "generated via ObjectMapper"},
      {"generatedDirect", "generated direct (fromJson / toJsonBytes)"},
      {"avaje", "avaje-jsonb"},
      {"dsljson", "DSL-JSON"},
      {"reference", "hand-written jackson-core (reference)"},
      {"databind", "jackson-databind reflection"}};

  /** The ratio columns: numerator and denominator contender, column title. */
  private static final String[][] RATIOS = {
      {"generated", "reference", "generated / reference"},
      {"generatedDirect", "reference", "direct / reference"},
      {"generatedDirect", "dsljson", "direct / DSL-JSON"}};

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

  /** {@code a}'s score over {@code b}'s for one case, or NaN when either is missing. */
  private static double ratio(Map<String, Result> results, String a, String b, String op,
      String size) {
    Result x = results.get(op + "_" + a + "/" + size);
    Result y = results.get(op + "_" + b + "/" + size);
    return x == null || y == null ? Double.NaN : x.score() / y.score();
  }

  /** The geometric mean of {@code a / b} over the four JSON cases; NaN unless all are there. */
  private static double geometricMean(Map<String, Result> results, String a, String b) {
    double logSum = 0;
    for (String[] c : CASES) {
      logSum += Math.log(ratio(results, a, b, c[0], c[1]));
    }
    return Math.exp(logSum / CASES.size());
  }

  String render() {
    boolean gc = results.values().stream().anyMatch(r -> r.bytesPerOp() != null);
    List<String> failures = new ArrayList<>();
    StringBuilder header = new StringBuilder("| case |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String[] c : CONTENDERS) {
      header.append(' ').append(c[1]).append(" |");
      rule.append("---:|");
    }
    for (String[] r : RATIOS) {
      header.append(' ').append(r[2]).append(" |");
      rule.append("---:|");
    }
    boolean json = false;
    for (String[] c : CASES) {
      String op = c[0];
      String size = c[1];
      if (!results.containsKey(op + "_generated/" + size)) {
        continue;
      }
      if (!json) {
        line(header.toString());
        line(rule.toString());
        json = true;
      }
      StringBuilder row = new StringBuilder("| " + op + " " + size + " |");
      for (String[] contender : CONTENDERS) {
        Result res = results.get(op + "_" + contender[0] + "/" + size);
        row.append(' ').append(res == null ? "–" : ops(res)).append(" |");
      }
      for (String[] r : RATIOS) {
        double value = ratio(results, r[0], r[1], op, size);
        row.append(' ').append(times(value, r == RATIOS[0])).append(" |");
      }
      line(row.toString());
      double vsRef = ratio(results, "generated", "reference", op, size);
      if (vsRef < 1.1) {
        failures.add(String.format(Locale.ROOT,
            "%s %s: generated %.2f× the reference (target ≥ 1.10×)", op, size, vsRef));
      }
      double vsDb = ratio(results, "generated", "databind", op, size);
      if (op.equals("read") && vsDb < 1.5) {
        failures.add(String.format(Locale.ROOT,
            "read %s: generated %.2f× databind (target ≥ 1.50×)", size, vsDb));
      }
      double vsDsl = ratio(results, "generatedDirect", "dsljson", op, size);
      if (vsDsl < 1.0) {
        failures.add(String.format(Locale.ROOT, "%s %s: direct %.2f× DSL-JSON (target ≥ 1.00×)",
            op, size, vsDsl));
      }
    }
    if (json) {
      StringBuilder geo = new StringBuilder("| geometric mean |" + " |".repeat(CONTENDERS.length));
      for (String[] r : RATIOS) {
        double value = geometricMean(results, r[0], r[1]);
        geo.append(' ').append(times(value, r == RATIOS[0])).append(" |");
      }
      line(geo.toString());
      line("");
      double generated = geometricMean(results, "generated", "reference");
      if (generated < 1.3) {
        failures.add(String.format(Locale.ROOT,
            "geometric mean of generated / reference %.2f× (target ≥ 1.30×)", generated));
      }
      double vsAvaje = geometricMean(results, "generatedDirect", "avaje");
      double vsDsl = geometricMean(results, "generatedDirect", "dsljson");
      double vsFastest = Math.min(vsAvaje, vsDsl);
      if (vsFastest < 1.0) {
        failures.add(String.format(Locale.ROOT,
            "geometric mean of direct / the fastest peer (%s) %.2f× (target ≥ 1.00×)",
            vsAvaje < vsDsl ? "avaje-jsonb" : "DSL-JSON", vsFastest));
      }
      line("Geometric means over the four cases: generated / reference " + times(generated, true)
          + " (target ≥ 1.30×, each case ≥ 1.10×); direct / avaje-jsonb " + times(vsAvaje, false)
          + ", direct / DSL-JSON " + times(vsDsl, false) + " (target ≥ 1.00× against the faster of"
          + " the two, and each case ≥ 1.00× against DSL-JSON).");
      double shared = ratio(results, "reference", "referenceShared", "write", "large");
      double sharedSmall = ratio(results, "reference", "referenceShared", "write", "small");
      if (!Double.isNaN(shared) || !Double.isNaN(sharedSmall)) {
        line("");
          line("The reference writes at " + times(shared, false) + " (large) and "
            + times(sharedSmall, false) + " (small) the speed of the shared bench's streaming style"
            + " (`write_referenceShared`, same run); its reads make the same calls as that"
            + " codec's.");
      }
      if (perFile.size() > 1) {
        StringBuilder runs = new StringBuilder();
        for (int i = 0; i < perFile.size(); i++) {
          runs.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f× (%s)",
              geometricMean(perFile.get(i), "generated", "reference"), fileNames.get(i)));
        }
        line("");
        line("Generated / reference, each run on its own: " + runs + ".");
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
    boolean judged = results.keySet().stream().anyMatch(k -> k.startsWith("read_") || k.startsWith("write_") || k.startsWith("build_"));
    if (!judged) {
      line("No JsonBench or ModelBench results: no target to judge.");
    } else if (failures.isEmpty()) {
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

  /** A ratio as {@code 1.23×} (bold if asked), or a dash when it could not be computed. */
  private static String times(double ratio, boolean bold) {
    if (Double.isNaN(ratio)) {
      return "–";
    }
    String text = String.format(Locale.ROOT, "%.2f×", ratio);
    return bold ? "**" + text + "**" : text;
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
