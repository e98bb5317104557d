package io.pareto.tools.bench;

import java.util.Arrays;

/** Percentiles of a set of durations in milliseconds. */
record Stats(int n, double p50, double p95, double max) {
  static Stats of(double[] ms) {
    double[] s = ms.clone();
    Arrays.sort(s);
    if (s.length == 0) return new Stats(0, Double.NaN, Double.NaN, Double.NaN);
    return new Stats(s.length, at(s, 0.50), at(s, 0.95), s[s.length - 1]);
  }

  /** The q-quantile (0..1) of the durations. */
  static double quantile(double[] ms, double q) {
    double[] s = ms.clone();
    Arrays.sort(s);
    return s.length == 0 ? Double.NaN : at(s, q);
  }

  private static double at(double[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }
}
