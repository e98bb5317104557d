package io.pareto.classification;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes a classification run set-based in the database (docs/method.md §1-2): one INSERT ...
 * SELECT with aggregates and window functions writes every account's result, one UPDATE applies the
 * categories; a dry run feeds the same SELECT to the summary's aggregates instead ({@link
 * RunTally}). Plain JDBC so properties can drive it without booting Quarkus.
 *
 * <p>Numbers are portable between H2 and PostgreSQL by construction: percentiles are PERCENT_RANK()
 * cast to NUMERIC(9,6), growth is compared at 6 decimals, and the score is an exact NUMERIC sum of
 * weight × rounded percentile, so the threshold test is exact on both engines.
 */
public final class ClassificationEngine {
  private ClassificationEngine() {}

  /**
   * Writes one classification_result row per account for the given (already inserted) run, from the
   * facts.
   */
  public static void classify(Connection c, long runId, PolicyParameters p, LocalDate asOf)
      throws SQLException {
    classify(c, runId, p, asOf, false);
  }

  /**
   * As above; with {@code fromSummary} the per-account figures come from account_fact_summary of
   * asOf's month (io.pareto.fact.FactSummaries, made current by the caller; 12-month windows only),
   * which holds exactly the sums the fact scan computes.
   */
  public static void classify(
      Connection c, long runId, PolicyParameters p, LocalDate asOf, boolean fromSummary)
      throws SQLException {
    String insert =
        "INSERT INTO classification_result (run_id, account_id, previous_category, category,"
            + " policy_category, source, rule, revenue12, gross_profit12, revenue_prev12, growth, potential, strategic,"
            + " last_revenue_month, p_revenue, p_gross_profit, p_growth, p_potential, p_strategic, score, key_rank)"
            + " SELECT "
            + runId
            + ", d.id, d.prev, d.category, d.pcat, d.source, d.rule, d.r12, d.gp12, d.rp12,"
            + " d.growth, d.pot, d.strat, d.last_rev,"
            + " CASE WHEN d.active = 1 THEN d.p1 END, CASE WHEN d.active = 1 THEN d.p2 END,"
            + " CASE WHEN d.active = 1 THEN d.p3 END, CASE WHEN d.active = 1 THEN d.p4 END,"
            + " CASE WHEN d.active = 1 THEN d.p5 END, d.score, CASE WHEN d.eligible = 1 THEN d.rn END"
            + " FROM ("
            + results(p, fromSummary)
            + ") d ORDER BY d.id";
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      bindDates(ps, p, asOf, fromSummary);
      ps.executeUpdate();
    }
  }

  /**
   * What a run with these parameters would decide, tallied without storing a row (a dry run): the
   * same SELECT as {@link #classify} feeds the tally's aggregates as a common table expression.
   */
  public static RunTally preview(
      Connection c, PolicyParameters p, LocalDate asOf, boolean fromSummary, int page)
      throws SQLException {
    // the score as the result column stores it (NUMERIC(12, 6)), so a preview shows what a run
    // stores
    String rows =
        "SELECT d.id AS account_id, d.prev AS previous_category, d.category, d.source,"
            + " CAST(d.score AS NUMERIC(12, 6)) AS score, d.rule FROM ("
            + results(p, fromSummary)
            + ") d";
    try (PreparedStatement ps = c.prepareStatement(RunTally.sql(rows, page))) {
      bindDates(ps, p, asOf, fromSummary);
      return RunTally.read(ps);
    }
  }

  /** The tally of a stored run's result rows. */
  public static RunTally tally(Connection c, long runId, int page) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(RunTally.sql(STORED, page))) {
      ps.setLong(1, runId);
      return RunTally.read(ps);
    }
  }

  /** One page of the accounts whose category a stored run changes, by account id. */
  public static List<ChangeDto> changes(Connection c, long runId, int offset, int limit)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("WITH r AS (" + STORED + ") " + RunTally.changes(offset, limit))) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        List<ChangeDto> out = new ArrayList<>();
        while (rs.next()) out.add(RunTally.change(rs, 1));
        return out;
      }
    }
  }

  private static final String STORED =
      "SELECT account_id, previous_category, category, source, score, rule"
          + " FROM classification_result WHERE run_id = ?";

  /**
   * One row per account with everything a result row holds (d.category, d.source, d.pcat, d.rule,
   * the inputs, percentiles, score and rank), as nested derived tables over one pass of the inputs.
   */
  private static String results(PolicyParameters p, boolean fromSummary) {
    String facts =
        fromSummary
            ? "SELECT account_id, revenue12 AS r12, gross_profit12 AS gp12, revenue_prev12 AS rp12,"
                + " last_revenue_month AS last_rev FROM account_fact_summary WHERE as_of_month = ?"
            : "SELECT account_id,"
                + " SUM(CASE WHEN fact_month >= ? THEN revenue ELSE 0 END) AS r12,"
                + " SUM(CASE WHEN fact_month >= ? THEN gross_profit ELSE 0 END) AS gp12,"
                + " SUM(CASE WHEN fact_month >= ? AND fact_month < ? THEN revenue ELSE 0 END) AS rp12,"
                + " MAX(CASE WHEN revenue > 0 THEN fact_month END) AS last_rev"
                + " FROM account_fact WHERE fact_month < ? GROUP BY account_id";
    String base =
        "SELECT a.id, a.category AS prev, COALESCE(f.r12, 0) AS r12, COALESCE(f.gp12, 0) AS gp12,"
            + " COALESCE(f.rp12, 0) AS rp12, f.last_rev,"
            + " COALESCE(a.estimated_annual_potential, 0) AS pot, COALESCE(a.strategic_value, 0) AS strat,"
            + " o.category AS ovr, CASE WHEN COALESCE(f.r12, 0) > 0 THEN 1 ELSE 0 END AS active,"
            // growth = (revenue12 - revenuePrev12) / max(revenuePrev12, 1), widened first so both
            // engines divide alike
            + " CAST(CAST(COALESCE(f.r12, 0) - COALESCE(f.rp12, 0) AS NUMERIC(38, 12))"
            + "   / GREATEST(COALESCE(f.rp12, 0), 1) AS NUMERIC(30, 6)) AS growth"
            + " FROM account a LEFT JOIN ("
            + facts
            + ") f ON f.account_id = a.id"
            + " LEFT JOIN classification_override o ON o.account_id = a.id AND (o.expires_on IS NULL OR o.expires_on >= ?)";
    String pct =
        "SELECT b.*,"
            + pr("r12")
            + " AS p1,"
            + pr("gp12")
            + " AS p2,"
            + pr("growth")
            + " AS p3,"
            + pr("pot")
            + " AS p4,"
            + pr("strat")
            + " AS p5, COUNT(*) OVER (PARTITION BY b.active) AS n FROM ("
            + base
            + ") b";
    String scored =
        "SELECT q.*, CASE WHEN q.active = 1 THEN "
            + lit(p.weightRevenue())
            + " * q.p1 + "
            + lit(p.weightGrossProfit())
            + " * q.p2 + "
            + lit(p.weightGrowth())
            + " * q.p3 + "
            + lit(p.weightPotential())
            + " * q.p4 + "
            + lit(p.weightStrategic())
            + " * q.p5 END AS score FROM ("
            + pct
            + ") q";
    String eligible =
        "SELECT s.*, CASE WHEN s.active = 1 AND s.ovr IS NULL AND s.score >= "
            + lit(p.keyThreshold())
            + " THEN 1 ELSE 0 END AS eligible, GREATEST(1, FLOOR("
            + lit(p.keyCapShare())
            + " * s.n)) AS cap"
            + " FROM ("
            + scored
            + ") s";
    String ranked =
        "SELECT e.*, ROW_NUMBER() OVER (PARTITION BY e.eligible ORDER BY e.score DESC, e.r12 DESC, e.id)"
            + " AS rn FROM ("
            + eligible
            + ") e";
    String decided =
        "SELECT k.*,"
            + " CASE WHEN k.active = 0 AND k.last_rev IS NULL THEN 'TARGET' WHEN k.active = 0 THEN 'LOST'"
            + "  WHEN k.eligible = 1 AND k.rn <= k.cap THEN 'KEY'"
            // an overridden account is not eligible; what the policy alone says ignores the cap for
            // it
            + "  WHEN k.ovr IS NOT NULL AND k.score >= "
            + lit(p.keyThreshold())
            + " THEN 'KEY' ELSE 'NORMAL' END AS pcat,"
            + " CASE WHEN k.ovr IS NOT NULL THEN 'OVERRIDE' WHEN k.active = 0 AND k.last_rev IS NULL THEN 'NO_REVENUE'"
            + "  WHEN k.active = 0 THEN 'NO_RECENT_REVENUE' WHEN k.eligible = 1 AND k.rn <= k.cap THEN 'KEY_SELECTED'"
            + "  WHEN k.eligible = 1 THEN 'OVER_CAP' ELSE 'BELOW_THRESHOLD' END AS rule"
            + " FROM ("
            + ranked
            + ") k";
    return "SELECT x.*, COALESCE(x.ovr, x.pcat) AS category,"
        + " CASE WHEN x.ovr IS NULL THEN 'POLICY' ELSE 'OVERRIDE' END AS source FROM ("
        + decided
        + ") x";
  }

  /**
   * The dates {@link #results} takes, in order: the windows (or the summary month), then asOf for
   * overrides.
   */
  private static void bindDates(
      PreparedStatement ps, PolicyParameters p, LocalDate asOf, boolean fromSummary)
      throws SQLException {
    LocalDate w = p.windowStart(asOf);
    List<LocalDate> dates =
        fromSummary
            ? List.of(asOf.withDayOfMonth(1), asOf)
            : List.of(w, w, p.previousStart(asOf), w, p.end(asOf), asOf);
    for (int i = 0; i < dates.size(); i++) ps.setDate(i + 1, Date.valueOf(dates.get(i)));
  }

  private static String pr(String column) {
    return " CAST(PERCENT_RANK() OVER (PARTITION BY b.active ORDER BY b."
        + column
        + ") AS NUMERIC(9, 6))";
  }

  private static String lit(BigDecimal v) {
    return "CAST(" + v.toPlainString() + " AS NUMERIC(9, 6))";
  }

  /**
   * Bulk-updates account.category (and its version, so ETags change) where the run decided
   * otherwise. The result rows carry the category each account had when the run read it, in this
   * transaction, so the changed accounts are found among the run's rows alone: joining every
   * account to its result to compare cost 0.16 s at 100k accounts when nothing changed.
   */
  public static int apply(Connection c, long runId, Instant now) throws SQLException {
    String sql =
        "UPDATE account SET category = (SELECT r.category FROM classification_result r"
            + " WHERE r.run_id = ? AND r.account_id = account.id), version = version + 1, updated_at = ?"
            + " WHERE id IN (SELECT r.account_id FROM classification_result r WHERE r.run_id = ?"
            + " AND r.category <> r.previous_category)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, runId);
      ps.setTimestamp(2, Timestamp.from(now));
      ps.setLong(3, runId);
      return ps.executeUpdate();
    }
  }
}
