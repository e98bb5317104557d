package io.pareto.dataio.generate;

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
import java.util.HashMap;
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
  static final String[] INDUSTRIES = {
    "FINANCE",
    "TAX",
    "EDUCATION",
    "SECURITIES",
    "POSTAL",
    "TELECOM",
    "PUBLIC_SECURITY",
    "TRANSPORT",
    "MILITARY",
    "INSURANCE",
    "POWER",
    "WATER"
  };
  static final String[] REGIONS = {"华东", "华南", "华北", "华中", "西南", "西北", "东北"};
  static final String[] CITIES = {
    "南京", "上海", "杭州", "苏州", "广州", "深圳", "北京", "天津", "武汉", "成都", "西安", "沈阳"
  };
  static final String[] WORDS = {
    "华信", "联创", "中科", "远航", "恒通", "金桥", "瑞丰", "星河", "海纳", "天成", "博远", "众合"
  };
  static final String[] SUFFIXES = {"有限公司", "集团", "分行", "分公司", "研究院", "中心"};
  static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
  static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "军", "杰", "涛"};
  static final String[] LAYERS = {"EXECUTIVE", "DECISION", "IMPLEMENTATION", "USER"};
  static final int MONTHS = 24;

  public static void main(String[] args) throws Exception {
    Map<String, String> o =
        new HashMap<>(
            Map.of(
                "accounts",
                "100000",
                "seed",
                "42",
                "db",
                "h2",
                "user",
                "",
                "password",
                "",
                "admin-email",
                "bench-admin@pareto.local",
                "admin-password",
                "pareto-bench-1",
                "bcrypt-cost",
                "4"));
    for (int i = 0; i + 1 < args.length; i += 2)
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    o.putIfAbsent(
        "url",
        o.get("db").equals("postgresql")
            ? "jdbc:postgresql://127.0.0.1:5432/pareto"
            : "jdbc:h2:file:./data/pareto");
    if (o.get("db").equals("h2") && o.get("user").isEmpty()) o.put("user", "sa");
    if (o.get("db").equals("postgresql") && o.get("user").isEmpty()) o.put("user", "postgres");
    long t0 = System.nanoTime();
    Flyway.configure()
        .dataSource(o.get("url"), o.get("user"), o.get("password"))
        .locations("classpath:db/migration")
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
    if (count("account where external_id like 'GEN-%'") > 0) {
      System.out.println(
          "generated data already present; nothing to do (drop the database to regenerate)");
      return;
    }
    industries();
    String hash = BcryptUtil.bcryptHash(adminPassword, bcryptCost);
    long[] reps = users(adminEmail, hash);
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

  private void industries() throws SQLException {
    for (int i = 0; i < INDUSTRIES.length; i++) {
      if (count("industry where code = '" + INDUSTRIES[i] + "'") > 0) continue;
      try (var ps =
          conn.prepareStatement(
              "insert into industry (code, name_en, name_zh, tier, created_at, updated_at, "
                  + "version) values (?, ?, ?, ?, ?, ?, 0)")) {
        ps.setString(1, INDUSTRIES[i]);
        ps.setString(
            2,
            INDUSTRIES[i].charAt(0) + INDUSTRIES[i].substring(1).toLowerCase().replace('_', ' '));
        ps.setString(3, INDUSTRIES[i]);
        ps.setString(4, i < 5 ? "MAJOR" : i < 10 ? "MINOR" : "TRACKED");
        ps.setObject(5, now);
        ps.setObject(6, now);
        ps.executeUpdate();
      }
    }
    conn.commit();
  }

  /** 20 teams with a manager each, one rep per 200 accounts, and the benchmark's administrator. */
  private long[] users(String adminEmail, String hash) throws SQLException {
    if (count("app_user where email = '" + adminEmail.replace("'", "''") + "'") == 0) {
      insertUser(adminEmail, "Benchmark admin", "ADMIN", null, hash);
    }
    long[] teams = new long[20];
    for (int i = 0; i < teams.length; i++) {
      try (var ps =
          conn.prepareStatement(
              "insert into team (name, created_at, updated_at, version) values (?, ?, ?, 0)",
              Statement.RETURN_GENERATED_KEYS)) {
        ps.setString(1, "GEN 大客户部 " + (i + 1));
        ps.setObject(2, now);
        ps.setObject(3, now);
        ps.executeUpdate();
        try (ResultSet k = ps.getGeneratedKeys()) {
          k.next();
          teams[i] = k.getLong(1);
        }
      }
      insertUser(
          "gen-manager-" + (i + 1) + "@pareto.local", "经理" + (i + 1), "MANAGER", teams[i], hash);
    }
    long[] reps = new long[Math.max(5, accounts / 200)];
    for (int i = 0; i < reps.length; i++) {
      reps[i] =
          insertUser(
              "gen-rep-" + (i + 1) + "@pareto.local",
              pick(SURNAMES) + pick(GIVEN) + (i + 1),
              "REP",
              teams[i % teams.length],
              hash);
    }
    conn.commit();
    return reps;
  }

  private long insertUser(String email, String name, String role, Long team, String hash)
      throws SQLException {
    try (var ps =
        conn.prepareStatement(
            "insert into app_user (email, name, role, team_id, password_hash, active, "
                + "created_at, updated_at, version) values (?, ?, ?, ?, ?, true, ?, ?, 0)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, email);
      ps.setString(2, name);
      ps.setString(3, role);
      ps.setObject(4, team);
      ps.setString(5, hash);
      ps.setObject(6, now);
      ps.setObject(7, now);
      ps.executeUpdate();
      try (ResultSet k = ps.getGeneratedKeys()) {
        k.next();
        return k.getLong(1);
      }
    }
  }

  private long max(String table) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("select coalesce(max(id), 0) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private long count(String fromWhere) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("select count(*) from " + fromWhere)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private String pick(String[] values) {
    return values[rnd.nextInt(values.length)];
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
