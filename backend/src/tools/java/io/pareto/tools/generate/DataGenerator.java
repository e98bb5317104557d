package io.pareto.tools.generate;

import static io.pareto.tools.generate.Vocabulary.CITIES;
import static io.pareto.tools.generate.Vocabulary.GIVEN;
import static io.pareto.tools.generate.Vocabulary.INDUSTRIES;
import static io.pareto.tools.generate.Vocabulary.LAYERS;
import static io.pareto.tools.generate.Vocabulary.REGIONS;
import static io.pareto.tools.generate.Vocabulary.SUFFIXES;
import static io.pareto.tools.generate.Vocabulary.SURNAMES;
import static io.pareto.tools.generate.Vocabulary.WORDS;

import io.pareto.common.SearchKey;
import io.pareto.decisionmap.SummarySql;
import io.pareto.duplicate.CompanyName;
import io.pareto.fact.FactSummaries;
import io.pareto.pipeline.history.StageSummaries;
import io.quarkus.elytron.security.common.BcryptUtil;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;

/**
 * Fills a database with a deterministic, realistic dataset for demos at scale and the benchmark
 * (scripts/generate-data). Revenue per account is Pareto-distributed (alpha 1.16, so about 20% of
 * the buying accounts bring 80% of revenue); 15% of accounts are prospects without revenue and 10%
 * lost accounts whose revenue stopped a year ago; 10 deals per account with ~4 stage changes each
 * ({@link DealPath}). Same seed, same data.
 *
 * <pre>
 * --accounts N (100000)  --seed S (42)  --db h2|postgresql  --url JDBC_URL  --user U  --password P
 * --admin-email E (bench-admin@pareto.local)  --admin-password P (pareto-bench-1)
 * --bcrypt-cost C (4: every request re-checks HTTP Basic credentials, and the benchmark measures the API, not bcrypt)
 * </pre>
 */
public final class DataGenerator {
  static final int MONTHS = 24;

  public static void main(String[] args) throws Exception {
    Map<String, String> o = GeneratorOptions.parse(args);
    long t0 = System.nanoTime();
    Flyway.configure()
        .dataSource(o.get("url"), o.get("user"), o.get("password"))
        // as the app migrates: PostgreSQL also runs its own scripts (an unlogged table, trigram
        // readings)
        .locations(
            o.get("url").startsWith("jdbc:postgresql:")
                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"})
        .load()
        .migrate();
    try (Connection conn =
        DriverManager.getConnection(o.get("url"), o.get("user"), o.get("password"))) {
      conn.setAutoCommit(false);
      new DataGenerator(conn, Integer.parseInt(o.get("accounts")), Long.parseLong(o.get("seed")))
          .run(
              o.get("admin-email"),
              o.get("admin-password"),
              Integer.parseInt(o.get("bcrypt-cost")));
    }
    System.out.printf("generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }

  private final Connection conn;
  private final int accounts;
  private final SplittableRandom rnd;
  private final long seed;
  private final OffsetDateTime now = OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  private final LocalDate firstMonth = LocalDate.of(2026, 10, 1).minusMonths(MONTHS - 1);

  DataGenerator(Connection conn, int accounts, long seed) {
    this.conn = conn;
    this.accounts = accounts;
    this.rnd = new SplittableRandom(seed);
    this.seed = seed;
  }

  void run(String adminEmail, String adminPassword, int bcryptCost) throws SQLException {
    long accountBase = max("account") + 1;
    if (Directory.count(conn, "account where external_id like 'GEN-%'") > 0) {
      System.out.println(
          "generated data already present; nothing to do (drop the database to regenerate)");
      return;
    }
    Directory directory = new Directory(conn, rnd, now);
    directory.industries();
    String hash = BcryptUtil.bcryptHash(adminPassword, bcryptCost);
    long[] reps = directory.users(adminEmail, hash, accounts);
    long t = System.nanoTime();
    double[] scale = new double[accounts];
    int[] status = new int[accounts]; // 0 buying, 1 prospect, 2 lost
    long[] owner = new long[accounts];
    try (TableSink s =
        TableSink.open(
            conn,
            "account",
            "id",
            "external_id",
            "name",
            "industry_code",
            "region",
            "owner_id",
            "ka_kind",
            "relationship_stage",
            "procurement_mode",
            "purchase_pattern",
            "estimated_annual_potential",
            "strategic_value",
            "category",
            "created_at",
            "updated_at",
            "version",
            "search_key",
            "sort_key",
            "name_key",
            "name_reading")) {
      String previous = null;
      for (int i = 0; i < accounts; i++) {
        double u = rnd.nextDouble();
        status[i] = u < 0.15 ? 1 : u < 0.25 ? 2 : 0;
        scale[i] = 20_000 * Math.pow(1 - rnd.nextDouble(), -1 / 1.16); // Pareto, x_m 20k/month
        owner[i] = reps[rnd.nextInt(reps.length)];
        String name = pick(CITIES) + pick(WORDS) + pick(WORDS) + pick(SUFFIXES) + (i + 1);
        // every 50th account is the one before entered again with a region in brackets: the 2% of
        // duplicates the duplicate-cluster report has to find
        if (i % 50 == 49) name = previous + "(华东)";
        previous = name;
        SearchKey key = SearchKey.of(name);
        CompanyName company = CompanyName.of(name);
        s.row(
            accountBase + i,
            String.format("GEN-%07d", i + 1),
            name,
            pick(INDUSTRIES),
            pick(REGIONS),
            owner[i],
            rnd.nextInt(4) == 0
                ? pick(new String[] {"ECONOMIC", "IMPORTANT", "GROUP", "STRATEGIC"})
                : null,
            pick(new String[] {"ESTABLISHING", "STABILISING", "STRENGTHENING"}),
            rnd.nextBoolean() ? "CENTRALISED" : "DECENTRALISED",
            status[i] == 0 ? "RECURRING" : "ONE_OFF",
            money(scale[i] * 12 * (0.8 + rnd.nextDouble())),
            rnd.nextInt(6),
            "TARGET",
            now,
            now,
            0,
            key.search(),
            key.sort(),
            company.key(),
            company.reading());
      }
    }
    conn.commit();
    report("accounts", accounts, t);
    contacts(accountBase);
    opportunities(accountBase, scale, status, owner);
    facts(accountBase, scale, status);
    try (Statement st = conn.createStatement()) {
      for (String table : new String[] {"account", "contact", "opportunity", "account_fact"}) {
        st.execute("alter table " + table + " alter column id restart with " + (max(table) + 1));
      }
      // the rows came by COPY, past the services that keep the derived tables
      for (String sql : FactSummaries.INVALIDATE) st.execute(sql);
      for (String sql : SummarySql.rebuildAll()) st.execute(sql);
      st.execute(StageSummaries.insertSql("c.changed_by = 'generator'"));
    }
    conn.commit();
    if (conn.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL")) {
      // what autovacuum does soon after a bulk load: statistics, and the visibility map without
      // which
      // index-only scans (the account list's page of ids, counts) visit the heap for every row
      conn.setAutoCommit(true);
      try (Statement st = conn.createStatement()) {
        st.execute("vacuum analyze");
      }
    }
  }

  private void contacts(long base) throws SQLException {
    long t = System.nanoTime();
    long id = max("contact") + 1;
    TableSink rows;
    try (TableSink s =
        TableSink.open(
            conn,
            "contact",
            "id",
            "external_id",
            "account_id",
            "name",
            "title",
            "department",
            "email",
            "phone",
            "layer",
            "last_contacted_on",
            "created_at",
            "updated_at",
            "version",
            "search_key")) {
      for (int i = 0; i < accounts; i++) {
        int n = 3 + rnd.nextInt(5); // 3..7, ~5 per account
        for (int k = 0; k < n; k++, id++) {
          String name = pick(SURNAMES) + pick(GIVEN) + (rnd.nextBoolean() ? pick(GIVEN) : "");
          String email = "c" + id + "@example.cn";
          s.row(
              id,
              "GEN-C-" + id,
              base + i,
              name,
              k == 0 ? "总经理" : "主任",
              "信息中心",
              email,
              "+86 25 " + (80000000 + rnd.nextInt(9999999)),
              LAYERS[k % 4],
              firstMonth.plusDays(rnd.nextInt(700)),
              now,
              now,
              0,
              SearchKey.of(name, email).search());
        }
      }
      rows = s;
    }
    conn.commit(); // after the COPY has ended: the connection is busy until then
    report("contacts", rows.rows(), t);
  }

  /**
   * 10 deals per account created over 700 days from the first fact month, each with its stage
   * history ({@link DealPath}): the deals by one COPY, then their ~4M changes by a second,
   * replaying each path from the deal's id (two COPY streams cannot share a connection, and the
   * changes need their deals committed).
   */
  private void opportunities(long base, double[] scale, int[] status, long[] owner)
      throws SQLException {
    long t = System.nanoTime();
    long first = max("opportunity") + 1;
    long id = first;
    TableSink rows;
    try (TableSink s =
        TableSink.open(
            conn,
            "opportunity",
            "id",
            "external_id",
            "account_id",
            "name",
            "amount",
            "stage",
            "expected_close_date",
            "owner_id",
            "stage_changed_at",
            "lost_reason",
            "lost_at_stage",
            "created_at",
            "updated_at",
            "version",
            "search_key")) {
      for (int i = 0; i < accounts; i++) {
        for (int k = 0; k < 10; k++, id++) {
          DealPath p = path(id, status[i]);
          DealPath.Step last = p.last();
          double amount = scale[i] * 3 * Math.exp(rnd.nextGaussian() * 0.6);
          String name = "项目" + (k + 1) + "期";
          s.row(
              id,
              "GEN-O-" + id,
              base + i,
              name,
              money(amount),
              last.to(),
              p.created().toLocalDate().plusDays(30 + rnd.nextInt(180)),
              owner[i],
              last.at(),
              last.lostReason(),
              last.lostReason() == null ? null : last.from(),
              p.created(),
              last.at(),
              0,
              SearchKey.of(name).search());
        }
      }
      rows = s;
    }
    conn.commit(); // after the COPY has ended: the connection is busy until then
    report("opportunities", rows.rows(), t);
    t = System.nanoTime();
    long deals = id;
    try (TableSink s =
        TableSink.open(
            conn,
            "stage_change",
            "opportunity_id",
            "from_stage",
            "to_stage",
            "changed_at",
            "changed_by",
            "reason",
            "lost_reason",
            "imported",
            "recorded_at")) {
      for (id = first; id < deals; id++) {
        int account = (int) ((id - first) / 10);
        for (DealPath.Step step : path(id, status[account]).steps()) {
          s.row(
              id,
              step.from(),
              step.to(),
              step.at(),
              "generator",
              step.reason(),
              step.lostReason(),
              true,
              now);
        }
      }
      rows = s;
    }
    conn.commit();
    report("stage changes", rows.rows(), t);
  }

  private DealPath path(long dealId, int accountStatus) {
    return DealPath.of(
        seed,
        dealId,
        accountStatus == 2,
        firstMonth.atStartOfDay().atOffset(ZoneOffset.UTC),
        700,
        now);
  }

  private void facts(long base, double[] scale, int[] status) throws SQLException {
    long t = System.nanoTime();
    long id = max("account_fact") + 1;
    TableSink rows;
    try (TableSink s =
        TableSink.open(
            conn,
            "account_fact",
            "id",
            "account_id",
            "fact_month",
            "revenue",
            "gross_profit",
            "cost_to_serve",
            "order_count",
            "created_at",
            "updated_at",
            "version")) {
      for (int i = 0; i < accounts; i++) {
        if (status[i] == 1) continue; // prospects have bought nothing yet
        int months = status[i] == 2 ? MONTHS / 2 : MONTHS; // lost accounts stopped a year ago
        double margin = 0.1 + rnd.nextDouble() * 0.3;
        for (int m = 0; m < months; m++, id++) {
          double revenue =
              scale[i]
                  * Math.exp(rnd.nextGaussian() * 0.3)
                  * (1 + 0.15 * Math.sin(m * Math.PI / 6));
          double cost = 500 + revenue * (0.02 + rnd.nextDouble() * 0.08);
          s.row(
              id,
              base + i,
              firstMonth.plusMonths(m),
              money(revenue),
              money(revenue * margin),
              money(cost),
              1 + (int) Math.min(200, revenue / 20_000 + rnd.nextInt(3)),
              now,
              now,
              0);
        }
      }
      rows = s;
    }
    conn.commit(); // after the COPY has ended: the connection is busy until then
    report("facts", rows.rows(), t);
  }

  private long max(String table) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("select coalesce(max(id), 0) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private String pick(String[] values) {
    return Vocabulary.pick(rnd, values);
  }

  private static BigDecimal money(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
  }

  private static void report(String what, long rows, long startNanos) {
    double s = (System.nanoTime() - startNanos) / 1e9;
    System.out.printf(
        "  %-14s %,10d rows in %5.1f s (%,.0f rows/s)%n", what, rows, s, rows / Math.max(s, 0.001));
  }
}
