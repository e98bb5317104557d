package io.pareto.tools.bench;

import io.pareto.dataio.Column;
import io.pareto.dataio.DatasetSpec;
import io.pareto.dataset.Dataset;
import io.pareto.fact.FactSummaries;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The bulk scenarios: an import of N generated rows (API) against the same rows inserted by a JDBC
 * batch (SQL), and a full export (API) against reading the same SELECT to the end (SQL), with time
 * to first byte and the server's resident memory sampled while it streams.
 */
final class BulkScenarios {
  private final Benchmark b;

  BulkScenarios(Benchmark b) {
    this.b = b;
  }

  void importRows(String feature, Scenario s) throws Exception {
    int n =
        b.opt.containsKey("import-rows") ? Integer.parseInt(b.opt.get("import-rows")) : s.rows();
    boolean facts = "facts".equals(s.dataset());
    if (facts) n = Math.max(12, n / 12 * 12);
    String tag = "BENCH-" + System.currentTimeMillis() + "-";
    Path file = Files.createTempFile("pareto-import", ".csv");
    try {
      try (var w = Files.newBufferedWriter(file)) {
        if (facts) {
          w.write("accountExternalId,month,revenue,grossProfit,costToServe,orderCount\n");
          for (int i = 0; i < n; i++) {
            w.write(
                "GEN-"
                    + String.format("%07d", i / 12 + 1)
                    + ",2019-"
                    + String.format("%02d", i % 12 + 1)
                    + ","
                    + (1000 + i % 997)
                    + ".50,300.25,40,3\n");
          }
        } else {
          w.write("externalId,name,industryCode,region\n");
          for (int i = 0; i < n; i++) w.write(tag + i + ",\"导入客户 " + i + ", 有限公司\",FINANCE,华东\n");
        }
      }
      cleanup(facts, tag);
      long t = System.nanoTime();
      HttpResponse<String> r =
          b.http.send(
              b.request("/api/v1/imports/" + s.dataset())
                  .header("Content-Type", "text/csv")
                  .header("Accept", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofFile(file))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      double api = (System.nanoTime() - t) / 1e6;
      if (r.statusCode() != 200 || !r.body().contains("\"created\":" + n)) {
        throw new IllegalStateException(
            "import answered "
                + r.statusCode()
                + ": "
                + r.body().substring(0, Math.min(300, r.body().length())));
      }
      cleanup(facts, tag);
      double sql = sqlInsert(facts, tag, n);
      cleanup(facts, tag);
      vacuum(facts);
      b.report(
          feature,
          new Scenario(
              s.name() + " (" + String.format(Locale.ROOT, "%,d", n) + " rows, one request)",
              s.kind(),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              s.targets(),
              null,
              null,
              null),
          1,
          new Stats(1, api, api, api),
          new Stats(1, sql, sql, sql));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private void cleanup(boolean facts, String tag) throws Exception {
    try (Statement st = b.db.createStatement()) {
      if (facts) {
        st.executeUpdate("delete from account_fact where fact_month < date '2020-01-01'");
        for (String sql : FactSummaries.INVALIDATE) st.executeUpdate(sql); // deleted past the API
      } else st.executeUpdate("delete from account where external_id like '" + tag + "%'");
    }
  }

  /**
   * The two imports leave as many dead rows as the table has live ones; autovacuum would clear them
   * within minutes, but the scenarios after this one (and wrk's paged list) run at once and would
   * pay for them.
   */
  private void vacuum(boolean facts) throws Exception {
    if (!b.db.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL")) return;
    try (Statement st = b.db.createStatement()) {
      st.execute("vacuum analyze " + (facts ? "account_fact" : "account"));
    }
  }

  /**
   * The same rows by hand: batched INSERTs in one transaction (facts resolve their account by
   * externalId).
   */
  private double sqlInsert(boolean facts, String tag, int n) throws Exception {
    Connection c = b.db;
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    long t = System.nanoTime();
    c.setAutoCommit(false);
    String sql =
        facts
            ? "insert into account_fact (account_id, fact_month, revenue, gross_profit, cost_to_serve, order_count, "
                + "created_at, updated_at, version) select id, ?, ?, 300.25, 40, 3, ?, ?, 0 from account where external_id = ?"
            : "insert into account (external_id, name, industry_code, region, category, created_at, updated_at, version) "
                + "values (?, ?, 'FINANCE', '华东', 'TARGET', ?, ?, 0)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < n; i++) {
        if (facts) {
          ps.setObject(1, LocalDate.of(2019, i % 12 + 1, 1));
          ps.setBigDecimal(2, new java.math.BigDecimal((1000 + i % 997) + ".50"));
          ps.setObject(3, now);
          ps.setObject(4, now);
          ps.setString(5, "GEN-" + String.format("%07d", i / 12 + 1));
        } else {
          ps.setString(1, tag + i);
          ps.setString(2, "导入客户 " + i + ", 有限公司");
          ps.setObject(3, now);
          ps.setObject(4, now);
        }
        ps.addBatch();
        if (i % 1000 == 999) ps.executeBatch();
      }
      ps.executeBatch();
      c.commit();
    } finally {
      c.setAutoCommit(true);
    }
    return (System.nanoTime() - t) / 1e6;
  }

  void export(String feature, Scenario s) throws Exception {
    DatasetSpec spec = DatasetSpec.of(Dataset.valueOf(s.dataset().toUpperCase(Locale.ROOT)));
    String pid = b.opt.get("pid");
    long rssBefore = rssKb(pid);
    AtomicLong peak = new AtomicLong(rssBefore);
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(rssKb(pid), Math::max);
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    long t = System.nanoTime();
    HttpResponse<InputStream> r =
        b.http.send(
            b.request("/api/v1/exports/" + s.dataset() + "?format=csv").GET().build(),
            HttpResponse.BodyHandlers.ofInputStream());
    long lines = 0;
    double firstByte = -1;
    try (InputStream in = r.body()) {
      byte[] buf = new byte[1 << 16];
      for (int k; (k = in.read(buf)) > 0; ) {
        if (firstByte < 0) firstByte = (System.nanoTime() - t) / 1e6;
        for (int i = 0; i < k; i++) if (buf[i] == '\n') lines++;
      }
    }
    double api = (System.nanoTime() - t) / 1e6;
    sampler.interrupt();
    if (r.statusCode() != 200) throw new IllegalStateException("export answered " + r.statusCode());
    String select =
        "select "
            + spec.columns().stream().map(Column::exportSql).collect(Collectors.joining(", "))
            + " from "
            + spec.from()
            + " order by t.id";
    b.db.setAutoCommit(false);
    double firstRow = -1;
    long t2 = System.nanoTime();
    try (PreparedStatement ps = b.db.prepareStatement(select)) {
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        int cols = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          if (firstRow < 0) firstRow = (System.nanoTime() - t2) / 1e6;
          for (int c = 1; c <= cols; c++) rs.getObject(c);
        }
      }
    } finally {
      b.db.commit();
      b.db.setAutoCommit(true);
    }
    double sql = (System.nanoTime() - t2) / 1e6;
    String note =
        String.format(
            Locale.ROOT,
            " — %,d rows; first byte %s ms (SQL first row %s ms); server RSS %s → peak %s MB",
            lines - 1,
            Benchmark.fmt(firstByte),
            Benchmark.fmt(firstRow),
            rssBefore / 1024,
            peak.get() / 1024);
    b.report(
        feature,
        new Scenario(
            s.name() + note,
            s.kind(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            s.targets(),
            null,
            null,
            null),
        1,
        new Stats(1, api, api, api),
        new Stats(1, sql, sql, sql));
    double target = s.target("firstByteMs");
    if (!Double.isNaN(target) && firstByte > target)
      System.err.println("first byte " + firstByte + " ms > " + target);
  }

  static long rssKb(String pid) {
    if (pid == null) return 0;
    try {
      for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (l.startsWith("VmRSS:")) return Long.parseLong(l.replaceAll("\\D", ""));
      }
    } catch (Exception e) {
      return 0;
    }
    return 0;
  }
}
