package io.pareto.tools.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * One benchmark scenario, as written in scripts/benchmark.d/&lt;feature&gt;.json (format in
 * docs/benchmarks.md). kind "http" (default): {@code method} + {@code path} against the API and the
 * same question as {@code sql} (one or more statements) on the database, {@code iterations} times
 * each, interleaved. {@code params} is a SQL query whose columns name the ${placeholders};
 * iteration i uses row i mod n. {@code body} (POST/PUT) is a JSON string whose ${placeholders} are
 * substituted as JSON string content. {@code warmup}: unmeasured iterations before the measured
 * ones (default a fifth of them, at least 3). kind "import": POST {@code rows} generated rows of
 * {@code dataset}; SQL side: the same rows by JDBC batch. kind "concurrent": {@code writers}
 * clients at once, {@code iterations} writes each (see ConcurrentWriters). kind "export": GET the
 * export of {@code dataset}; SQL side: the same SELECT read to the end. {@code duckdb}: the same
 * question over the raw rows in DuckDB ({@link DuckDbSide}), timed in the same iterations.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Scenario(
    String name,
    String kind,
    String method,
    String path,
    String body,
    List<String> sql,
    String params,
    Integer iterations,
    String dataset,
    Integer rows,
    Map<String, Double> targets,
    Integer warmup,
    Integer writers,
    List<String> duckdb) {

  String kindOrDefault() {
    return kind == null ? "http" : kind;
  }

  int iterationsOr(int fallback) {
    return iterations == null ? fallback : iterations;
  }

  double target(String key) {
    return targets == null || targets.get(key) == null ? Double.NaN : targets.get(key);
  }

  /**
   * A file in scripts/benchmark.d: one feature's scenarios. {@code setup}: SQL files (relative to
   * the scenario directory, statements ending with ';' at the end of a line) run once before the
   * scenarios; they must be portable and idempotent, as {@code --reuse} runs them again on the same
   * database. {@code duckdbTables}: name → SELECT over the benchmark database, copied once into the
   * in-memory DuckDB that the scenarios' {@code duckdb} statements (same placeholders) query.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Suite(
      String feature,
      List<String> setup,
      Map<String, String> duckdbTables,
      List<Scenario> scenarios) {}
}
