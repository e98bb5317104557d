package io.pareto.dataio.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * One benchmark scenario, as written in scripts/benchmark.d/&lt;feature&gt;.json (format in docs/benchmarks.md).
 * kind "http" (default): {@code method} + {@code path} against the API and the same question as
 * {@code sql} (one or more statements) on the database, {@code iterations} times each, interleaved.
 * {@code params} is a SQL query whose columns name the ${placeholders}; iteration i uses row i mod n.
 * kind "import": POST {@code rows} generated rows of {@code dataset}; SQL side: the same rows by JDBC batch.
 * kind "export": GET the export of {@code dataset}; SQL side: the same SELECT read to the end.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Scenario(String name, String kind, String method, String path, String body, List<String> sql,
    String params, Integer iterations, String dataset, Integer rows, Map<String, Double> targets) {

  String kindOrDefault() {
    return kind == null ? "http" : kind;
  }

  int iterationsOr(int fallback) {
    return iterations == null ? fallback : iterations;
  }

  double target(String key) {
    return targets == null || targets.get(key) == null ? Double.NaN : targets.get(key);
  }

  /** A file in scripts/benchmark.d: one feature's scenarios. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Suite(String feature, List<Scenario> scenarios) {}
}
