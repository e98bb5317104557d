package io.pareto.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.account.Category;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.flywaydb.core.Flyway;

/**
 * Invariants of the set-based engine, driven over plain JDBC on an in-memory H2 built from the real
 * migrations: no Quarkus boot, so hundreds of random portfolios run in seconds.
 */
class ClassificationPropertiesTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);
  static Connection c;
  static long nextRun = 1;

  record Acct(
      List<Integer> revenueByMonthsAgo, Integer potential, Integer strategic, Category override) {}

  @BeforeContainer
  static void schema() throws SQLException {
    String url = "jdbc:h2:mem:classification-properties;DB_CLOSE_DELAY=-1";
    // the application's own migrations, all of them, as Flyway runs them at start-up
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    c = DriverManager.getConnection(url, "sa", "");
  }

  @AfterContainer
  static void close() throws SQLException {
    c.close();
  }

  @Provide
  Arbitrary<List<Acct>> portfolios() {
    // revenue per month for 30 months back (0 = none); sparse so TARGET and LOST occur too
    Arbitrary<List<Integer>> months =
        Arbitraries.integers().between(-15000, 5000).map(v -> Math.max(v, 0)).list().ofSize(30);
    Arbitrary<Acct> acct =
        Combinators.combine(
                months,
                Arbitraries.integers().between(0, 100000).injectNull(0.3),
                Arbitraries.integers().between(0, 5).injectNull(0.3),
                Arbitraries.of(Category.class).injectNull(0.85))
            .as(Acct::new);
    return acct.list().ofMinSize(0).ofMaxSize(40);
  }

  @Property(tries = 60)
  void everyAccountGetsExactlyOneCategoryAndPolicyKeyNeverExceedsTheCap(
      @ForAll("portfolios") List<Acct> accts) throws SQLException {
    List<Long> ids = load(accts);
    long run = classify();
    assertEquals(
        ids.size(),
        count(
            "SELECT COUNT(DISTINCT account_id) FROM classification_result WHERE run_id = "
                + run
                + " AND category IN ('TARGET', 'NORMAL', 'LOST', 'KEY')"));
    assertEquals(
        ids.size(), count("SELECT COUNT(*) FROM classification_result WHERE run_id = " + run));
    RunTally tally = ClassificationEngine.tally(c, run, 50);
    assertTrue(tally.policyKeyCount() <= PolicyParameters.V1.cap(tally.activeCount()));
  }

  @Property(tries = 40)
  void raisingAKeyAccountsRevenueKeepsItKey(
      @ForAll("portfolios") List<Acct> accts, @ForAll("raises") int raise) throws SQLException {
    List<Long> ids = load(accts);
    long run = classify();
    List<Long> keys =
        longs(
            "SELECT account_id FROM classification_result WHERE run_id = "
                + run
                + " AND rule = 'KEY_SELECTED'");
    List<Integer> positions = keys.stream().map(ids::indexOf).toList();
    for (int pos : positions) {
      long id = load(accts).get(pos); // the original portfolio again, then raise only this account
      if (count(
              "SELECT COUNT(*) FROM account_fact WHERE account_id = "
                  + id
                  + " AND fact_month = DATE '2026-06-01'")
          == 0) {
        insertFact(id, LocalDate.of(2026, 6, 1), raise);
      } else {
        exec(
            "UPDATE account_fact SET revenue = revenue + "
                + raise
                + " WHERE account_id = "
                + id
                + " AND fact_month = DATE '2026-06-01'");
      }
      long again = classify();
      assertEquals(
          1,
          count(
              "SELECT COUNT(*) FROM classification_result WHERE run_id = "
                  + again
                  + " AND account_id = "
                  + id
                  + " AND category = 'KEY'"),
          "account at " + pos + " left KEY");
    }
  }

  @Provide
  Arbitrary<Integer> raises() {
    return Arbitraries.integers().between(1, 100000);
  }

  @Property(tries = 30)
  void classifyingWithoutApplyingChangesNoAccount(@ForAll("portfolios") List<Acct> accts)
      throws SQLException {
    load(accts);
    String snapshot =
        "SELECT COALESCE(SUM(id * version), 0) + COUNT(*) * 7 + COALESCE(SUM(CASE category"
            + " WHEN 'KEY' THEN id WHEN 'LOST' THEN 2 * id WHEN 'NORMAL' THEN 3 * id ELSE 0 END), 0) FROM account";
    long before = count(snapshot);
    long run = classify();
    exec("DELETE FROM classification_result WHERE run_id = " + run);
    assertEquals(before, count(snapshot));
    assertEquals(0, count("SELECT COUNT(*) FROM classification_result WHERE run_id = " + run));
  }

  @Property(tries = 40)
  void aDryRunTalliesWhatTheStoredRunStoresAndWritesNothing(
      @ForAll("portfolios") List<Acct> accts, @ForAll("pages") int page) throws SQLException {
    load(accts);
    // a first applied run gives the accounts categories, so the second one has transitions of every
    // kind
    ClassificationEngine.apply(c, classify(), Instant.now());
    LocalDate later = AS_OF.plusMonths(4);
    String snapshot =
        "SELECT COALESCE(SUM(id * version), 0) + COALESCE(SUM(CASE category WHEN 'KEY' THEN id"
            + " WHEN 'LOST' THEN 2 * id WHEN 'NORMAL' THEN 3 * id ELSE 0 END), 0) FROM account";
    long before = count(snapshot);
    long results = count("SELECT COUNT(*) FROM classification_result");
    RunTally preview = ClassificationEngine.preview(c, PolicyParameters.V1, later, false, page);
    assertEquals(before, count(snapshot));
    assertEquals(results, count("SELECT COUNT(*) FROM classification_result"));
    long run = nextRun++;
    exec(
        "INSERT INTO classification_run (id, as_of, policy_version, started_at) VALUES ("
            + run
            + ", DATE '"
            + later
            + "', 1, CURRENT_TIMESTAMP)");
    ClassificationEngine.classify(c, run, PolicyParameters.V1, later);
    RunTally stored = ClassificationEngine.tally(c, run, page);
    assertEquals(stored, preview);
    assertEquals(accts.size(), stored.counts().values().stream().mapToLong(Long::longValue).sum());
    assertEquals(
        count(
            "SELECT COUNT(*) FROM classification_result WHERE run_id = "
                + run
                + " AND category <> previous_category"),
        preview.changedCount());
    assertEquals(Math.min(page, preview.changedCount()), preview.firstChanges().size());
  }

  @Provide
  Arbitrary<Integer> pages() {
    return Arbitraries.integers().between(1, 50);
  }

  @Property(tries = 40)
  void theFactSummaryGivesExactlyWhatTheFactsGive(@ForAll("portfolios") List<Acct> accts)
      throws SQLException {
    List<Long> ids = load(accts);
    if (!ids.isEmpty())
      insertFact(ids.get(0), AS_OF.withDayOfMonth(1).plusMonths(1), 777); // after D: ignored
    LocalDate month = AS_OF.withDayOfMonth(1);
    exec("DELETE FROM fact_summary_month");
    exec(
        "INSERT INTO fact_summary_month (as_of_month, previous_start, window_start, window_end, built_at) VALUES"
            + " (DATE '"
            + month
            + "', DATE '"
            + month.minusMonths(23)
            + "', DATE '"
            + month.minusMonths(11)
            + "',"
            + " DATE '"
            + month.plusMonths(1)
            + "', CURRENT_TIMESTAMP)");
    exec(io.pareto.fact.FactSummaries.SUMMARISE_MONTH.replace(":m", "DATE '" + month + "'"));
    long facts = classify();
    long summary = nextRun++;
    exec(
        "INSERT INTO classification_run (id, as_of, policy_version, started_at) VALUES ("
            + summary
            + ", DATE '"
            + AS_OF
            + "', 1, CURRENT_TIMESTAMP)");
    ClassificationEngine.classify(c, summary, PolicyParameters.V1, AS_OF, true);
    assertEquals(
        ids.size(), count("SELECT COUNT(*) FROM classification_result WHERE run_id = " + summary));
    String same =
        "SELECT COUNT(*) FROM classification_result f JOIN classification_result s"
            + " ON s.account_id = f.account_id AND s.run_id = "
            + summary
            + " WHERE f.run_id = "
            + facts
            + " AND f.category = s.category AND f.rule = s.rule AND f.revenue12 = s.revenue12"
            + " AND f.gross_profit12 = s.gross_profit12 AND f.revenue_prev12 = s.revenue_prev12"
            + " AND f.growth = s.growth AND COALESCE(f.score, -1) = COALESCE(s.score, -1)"
            + " AND COALESCE(f.key_rank, -1) = COALESCE(s.key_rank, -1)"
            + " AND COALESCE(f.last_revenue_month, DATE '1900-01-01') = COALESCE(s.last_revenue_month, DATE '1900-01-01')";
    assertEquals(ids.size(), count(same));
  }

  /** Replaces every account with the portfolio; returns the new ids. */
  static List<Long> load(List<Acct> accts) throws SQLException {
    exec("DELETE FROM classification_result");
    exec("DELETE FROM classification_override");
    exec("DELETE FROM account_fact");
    exec("DELETE FROM account");
    List<Long> ids = new ArrayList<>();
    Instant now = Instant.now();
    for (Acct a : accts) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO account (name, estimated_annual_potential,"
                  + " strategic_value, created_at, updated_at) VALUES ('p', ?, ?, ?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        ps.setBigDecimal(1, a.potential() == null ? null : BigDecimal.valueOf(a.potential()));
        ps.setObject(2, a.strategic());
        ps.setObject(3, java.sql.Timestamp.from(now));
        ps.setObject(4, java.sql.Timestamp.from(now));
        ps.executeUpdate();
        try (ResultSet rs = ps.getGeneratedKeys()) {
          rs.next();
          ids.add(rs.getLong(1));
        }
      }
      long id = ids.get(ids.size() - 1);
      for (int m = 0; m < a.revenueByMonthsAgo().size(); m++) {
        int rev = a.revenueByMonthsAgo().get(m);
        if (rev > 0) insertFact(id, AS_OF.withDayOfMonth(1).minusMonths(m), rev);
      }
      if (a.override() != null) {
        exec(
            "INSERT INTO classification_override (account_id, category, reason, created_at, updated_at) VALUES ("
                + id
                + ", '"
                + a.override()
                + "', 'p', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
      }
    }
    return ids;
  }

  static void insertFact(long id, LocalDate month, int revenue) throws SQLException {
    exec(
        "INSERT INTO account_fact (account_id, fact_month, revenue, gross_profit, created_at, updated_at) VALUES ("
            + id
            + ", DATE '"
            + month
            + "', "
            + revenue
            + ", "
            + (revenue * 3 % 1000)
            + ", CURRENT_TIMESTAMP,"
            + " CURRENT_TIMESTAMP)");
  }

  static long classify() throws SQLException {
    long run = nextRun++;
    exec(
        "INSERT INTO classification_run (id, as_of, policy_version, started_at) VALUES ("
            + run
            + ", DATE '"
            + AS_OF
            + "', 1, CURRENT_TIMESTAMP)");
    ClassificationEngine.classify(c, run, PolicyParameters.V1, AS_OF);
    return run;
  }

  static void exec(String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  static long count(String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static List<Long> longs(String sql) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) out.add(rs.getLong(1));
    }
    return out;
  }
}
