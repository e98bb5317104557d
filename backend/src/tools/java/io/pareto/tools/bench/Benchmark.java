package io.pareto.tools.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The measuring stick (scripts/benchmark): runs every scenario of scripts/benchmark.d/*.json
 * against a running Pareto and the same question as hand-written SQL on its database, in the same
 * run, and prints a markdown table with the ratio API ÷ SQL. Exits 1 when a request fails.
 *
 * <pre>--base URL --jdbc URL --db-user U --db-password P --user EMAIL --password P --scenarios DIR
 * --scale F (iterations × F) --import-rows N (overrides rows of import scenarios) --pid SERVER_PID --out FILE
 * --only FEATURE[,FEATURE] (run only these suites) --token SECRET (Bearer instead of Basic)</pre>
 */
public final class Benchmark {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

  final Map<String, String> opt =
      new HashMap<>(
          Map.of(
              "db-user",
              "postgres",
              "db-password",
              "",
              "scale",
              "1",
              "user",
              "bench-admin@pareto.local",
              "password",
              "pareto-bench-1",
              "scenarios",
              "scripts/benchmark.d"));
  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build(); // imports and exports: streamed bodies, seconds each
  LoopbackHttp timed;
  final List<String> rows = new ArrayList<>();

  /** The table of the "concurrent" scenarios (throughput and p99 instead of a ratio to SQL). */
  final List<String> concurrentRows =
      new ArrayList<>(
          List.of(
              "| feature | concurrent writers on one account | writers × writes | requests/s | p50 / p99 / max (ms) | errors | check |",
              "|---|---|---|---|---|---|---|"));

  String auth;
  Connection db;
  DuckDbSide duck;
  int failures;

  public static void main(String[] args) throws Exception {
    Benchmark b = new Benchmark();
    for (int i = 0; i + 1 < args.length; i += 2)
      b.opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    System.exit(b.run());
  }

  int run() throws Exception {
    // a Bearer token, as integrations call; Basic re-checks the password (bcrypt) on every request
    auth =
        opt.containsKey("token")
            ? "Bearer " + opt.get("token")
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (opt.get("user") + ":" + opt.get("password"))
                            .getBytes(StandardCharsets.UTF_8));
    db = DriverManager.getConnection(opt.get("jdbc"), opt.get("db-user"), opt.get("db-password"));
    timed = new LoopbackHttp(URI.create(opt.get("base")));
    duck = DuckDbSide.open(db);
    warmUpClients();
    ObjectMapper json = new ObjectMapper();
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(opt.get("scenarios")))) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    rows.add(
        "| feature | scenario | n | API p50 / p95 / max (ms) | SQL p50 / p95 / max (ms) | ratio p50 (p95) | DuckDB p50 / p95 (ms) | API ÷ DuckDB p50 | target | check |");
    rows.add("|---|---|---|---|---|---|---|---|---|---|");
    List<String> only = opt.containsKey("only") ? List.of(opt.get("only").split(",")) : null;
    for (Path f : files) {
      Scenario.Suite suite = json.readValue(f.toFile(), Scenario.Suite.class);
      if (only != null && !only.contains(suite.feature())) continue;
      try {
        setup(f.getParent(), suite);
        if (duck != null) duck.load(suite.duckdbTables());
      } catch (Exception e) {
        failures++;
        System.err.println("    setup failed: " + e);
        rows.add(
            "| "
                + suite.feature()
                + " | setup | | FAILED: "
                + String.valueOf(e.getMessage()).replace('|', '/')
                + " | | | | | | ✗ |");
        continue;
      }
      for (Scenario s : suite.scenarios()) {
        System.err.println("==> " + suite.feature() + ": " + s.name());
        try {
          switch (s.kindOrDefault()) {
            case "import" -> new BulkScenarios(this).importRows(suite.feature(), s);
            case "export" -> new BulkScenarios(this).export(suite.feature(), s);
            case "concurrent" -> new ConcurrentWriters(this).run(suite.feature(), s);
            default -> httpScenario(suite.feature(), s);
          }
        } catch (Exception e) {
          failures++;
          System.err.println("    failed: " + e);
          rows.add(
              "| "
                  + suite.feature()
                  + " | "
                  + s.name()
                  + " | | FAILED: "
                  + String.valueOf(e.getMessage()).replace('|', '/')
                  + " | | | | | | ✗ |");
        }
      }
      afterSuite();
    }
    String table = String.join("\n", rows) + "\n";
    if (concurrentRows.size() > 2) table += "\n" + String.join("\n", concurrentRows) + "\n";
    System.out.println(table);
    if (opt.containsKey("out")) Files.writeString(Path.of(opt.get("out")), table);
    timed.close();
    if (duck != null) duck.close();
    return failures == 0 ? 0 : 1;
  }

  /**
   * This JVM has just started: its HTTP client and JDBC driver run interpreted at first. Measured
   * on the same warm server, the list page took 4.6-7.5 ms p50 over the harness's first 300
   * requests and 1.9 ms from a client that had made 600 before; the SQL side (a thinner client) was
   * barely affected, so the ratio blamed the API for the client's JIT warm-up. Both clients get the
   * same warm-up before any scenario.
   */
  private void warmUpClients() throws IOException, InterruptedException, SQLException {
    for (int i = 0; i < 3000; i++) {
      timed.send("GET", "/api/v1/session", auth, null);
      try (PreparedStatement ps = db.prepareStatement("select code, name_en from industry");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) rs.getObject(2);
      }
    }
  }

  /**
   * A suite's writes (a classification run re-categorises tens of thousands of accounts) leave dead
   * rows and clear the visibility map; autovacuum clears them within a minute or two, but the next
   * suite and wrk's paged list run at once: with 160k dead account rows the list's count fell back
   * to a sequential scan and wrk measured 4% of the health endpoint instead of ~30-60%. So on
   * PostgreSQL do what autovacuum would.
   */
  private void afterSuite() throws SQLException {
    if (!db.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL")) return;
    try (var st = db.createStatement()) {
      st.execute("vacuum analyze");
    }
  }

  private static final Pattern WRITTEN_TABLE =
      Pattern.compile(
          "^\\s*(?:insert\\s+into|update|delete\\s+from)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

  /** Runs the suite's setup files once, statement by statement, before its scenarios. */
  private void setup(Path dir, Scenario.Suite suite) throws IOException, SQLException {
    if (suite.setup() == null) return;
    for (String file : suite.setup()) {
      long t = System.nanoTime();
      String text = Files.readString(dir.resolve(file)).replaceAll("(?m)^\\s*--.*$", "");
      boolean pg = db.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
      try (var st = db.createStatement()) {
        for (String sql : text.split(";\\s*(\\r?\\n|$)")) {
          if (sql.isBlank()) continue;
          st.execute(sql);
          // the next statement's anti-joins must see this one's rows: with the generator's
          // statistics of an
          // empty table PostgreSQL planned a nested loop and one insert of 400k roles ran for
          // minutes
          Matcher m = WRITTEN_TABLE.matcher(sql);
          if (pg && m.find()) st.execute("analyze " + m.group(1));
        }
      }
      System.err.printf(Locale.ROOT, "    setup %s: %.1f s%n", file, (System.nanoTime() - t) / 1e9);
    }
    // fresh planner statistics for the rows just added (the generator analysed before they existed)
    if (db.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL")) {
      try (var st = db.createStatement()) {
        st.execute("analyze");
      }
    }
  }

  private void httpScenario(String feature, Scenario s) throws Exception {
    List<Map<String, Object>> params = s.params() == null ? List.of(Map.of()) : query(s.params());
    int iterations = s.iterationsOr(100);
    int n =
        Math.max(
            Math.min(5, iterations),
            (int) Math.round(iterations * Double.parseDouble(opt.get("scale"))));
    int warmup = s.warmup() != null ? s.warmup() : Math.max(3, n / 5);
    double[] api = new double[n];
    double[] sql = new double[n];
    double[] columnar = new double[n];
    boolean duckAsked = duck != null && s.duckdb() != null && !s.duckdb().isEmpty();
    for (int i = -warmup; i < n; i++) {
      Map<String, Object> p = params.get(Math.floorMod(i * 7919, params.size()));
      double a = timeApi(s, p);
      double q = s.sql() == null || s.sql().isEmpty() ? Double.NaN : timeSql(s.sql(), p);
      double d = duckAsked ? duck.time(s.duckdb(), p) : Double.NaN;
      if (i >= 0) {
        api[i] = a;
        sql[i] = q;
        columnar[i] = d;
      }
    }
    report(feature, s, n, Stats.of(api), Stats.of(sql), Stats.of(columnar));
  }

  void report(String feature, Scenario s, int n, Stats api, Stats sql) {
    report(feature, s, n, api, sql, Stats.of(new double[] {Double.NaN}));
  }

  /** One table row; {@code duckdb}: the same question in DuckDB over the raw rows (NaN: none). */
  void report(String feature, Scenario s, int n, Stats api, Stats sql, Stats duckdb) {
    double ratio = api.p50() / sql.p50();
    double p95Target = s.target("p95Ms");
    double ratioTarget = s.target("ratio");
    boolean ok =
        (Double.isNaN(p95Target) || api.p95() <= p95Target)
            && (Double.isNaN(ratioTarget) || ratio <= ratioTarget);
    String target =
        (Double.isNaN(p95Target) ? "" : "p95 < " + fmt(p95Target) + " ms ")
            + (Double.isNaN(ratioTarget) ? "" : "ratio ≤ " + fmt(ratioTarget));
    rows.add(
        String.format(
            Locale.ROOT,
            "| %s | %s | %d | %s / %s / %s | %s / %s / %s | %s (%s) | %s | %s | %s | %s |",
            feature,
            s.name(),
            n,
            fmt(api.p50()),
            fmt(api.p95()),
            fmt(api.max()),
            fmt(sql.p50()),
            fmt(sql.p95()),
            fmt(sql.max()),
            ratio(ratio),
            ratio(api.p95() / sql.p95()),
            Double.isNaN(duckdb.p50()) ? "—" : fmt(duckdb.p50()) + " / " + fmt(duckdb.p95()),
            ratio(api.p50() / duckdb.p50()),
            target,
            target.isEmpty() ? "" : ok ? "✓" : "✗"));
    System.err.println(
        "    " + rows.get(rows.size() - 1)); // as it comes: a long run can be read while it goes on
  }

  private static String ratio(double r) {
    return Double.isNaN(r) ? "—" : String.format(Locale.ROOT, "%.2f", r);
  }

  static String fmt(double v) {
    if (Double.isNaN(v)) return "—";
    return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private double timeApi(Scenario s, Map<String, Object> p)
      throws IOException, InterruptedException {
    String path = path(s.path(), p);
    String method = s.method() == null ? "GET" : s.method();
    String body = s.body() != null ? jsonBody(s.body(), p) : method.equals("GET") ? null : "";
    long t = System.nanoTime();
    LoopbackHttp.Response r = timed.send(method, path.toString(), auth, body);
    double ms = (System.nanoTime() - t) / 1e6;
    if (r.status() / 100 != 2) {
      failures++;
      throw new IllegalStateException(
          method
              + " "
              + path
              + " answered "
              + r.status()
              + ": "
              + new String(r.body(), StandardCharsets.UTF_8));
    }
    return ms;
  }

  /** The path with each ${name} replaced by its value, URL-encoded. */
  static String path(String template, Map<String, Object> p) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder path = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          path,
          Matcher.quoteReplacement(
              URLEncoder.encode(
                  String.valueOf(p.get(m.group(1).toLowerCase(Locale.ROOT))),
                  StandardCharsets.UTF_8)));
    }
    m.appendTail(path);
    return path.toString();
  }

  /** The body with each ${name} replaced by its value escaped for use inside a JSON string. */
  static String jsonBody(String body, Map<String, Object> p) {
    Matcher m = PLACEHOLDER.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = String.valueOf(p.get(m.group(1).toLowerCase(Locale.ROOT)));
      m.appendReplacement(
          out, Matcher.quoteReplacement(v.replace("\\", "\\\\").replace("\"", "\\\"")));
    }
    m.appendTail(out);
    return out.toString();
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(opt.get("base") + path))
        .header("Authorization", auth)
        .timeout(Duration.ofMinutes(10));
  }

  /**
   * Runs the statements with the placeholders bound and reads every column of every row, as the API
   * must.
   */
  double timeSql(List<String> statements, Map<String, Object> p) throws SQLException {
    return time(db, statements, p);
  }

  /**
   * The time of the statements on {@code c}, placeholders bound, every column of every row read of
   * those that answer (a statement may also write, e.g. a temporary table the next ones read).
   */
  static double time(Connection c, List<String> statements, Map<String, Object> p)
      throws SQLException {
    long t = System.nanoTime();
    for (String sql : statements) {
      Matcher m = PLACEHOLDER.matcher(sql);
      List<Object> values = new ArrayList<>();
      while (m.find()) values.add(p.get(m.group(1).toLowerCase(Locale.ROOT)));
      try (PreparedStatement ps = c.prepareStatement(m.replaceAll("?"))) {
        for (int i = 0; i < values.size(); i++) ps.setObject(i + 1, values.get(i));
        if (!ps.execute()) continue;
        try (ResultSet rs = ps.getResultSet()) {
          int cols = rs.getMetaData().getColumnCount();
          while (rs.next()) for (int col = 1; col <= cols; col++) rs.getObject(col);
        }
      }
    }
    return (System.nanoTime() - t) / 1e6;
  }

  List<Map<String, Object>> query(String sql) throws SQLException {
    List<Map<String, Object>> out = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      int cols = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Map<String, Object> row = new HashMap<>();
        for (int c = 1; c <= cols; c++)
          row.put(rs.getMetaData().getColumnLabel(c).toLowerCase(Locale.ROOT), rs.getObject(c));
        out.add(row);
      }
    }
    if (out.isEmpty()) throw new IllegalStateException("params query returned no rows: " + sql);
    return out;
  }
}
