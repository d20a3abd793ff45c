package io.apimodel.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Contenders that take turns in one JVM, every 200 ms, for a number of rounds after 8 rounds of
 * warm-up, so that all of them see the same load on a noisy machine: what {@link EnvelopeAB} and
 * {@link DirectAB} measure with.
 */
final class Interleaved {

  private static volatile Object sink;

  private Interleaved() {}

  /** Each contender's throughput (operations per second) in each measured round. */
  static Map<String, List<Double>> run(Map<String, Callable<Object>> cases, int rounds) throws Exception {
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
    return rates;
  }

  /** The median, round by round, of {@code base}'s rate over {@code other}'s: the time of other relative to base. */
  static double timeRatio(List<Double> base, List<Double> other) {
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      ratios.add(base.get(i) / other.get(i));
    }
    return median(ratios);
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
