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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import io.pareto.account.Category;

/**
 * Computes a classification run set-based in the database (issue 6, domain.md §1-2): one
 * INSERT ... SELECT with aggregates and window functions writes every account's result, one
 * UPDATE applies the categories. Plain JDBC so properties can drive it without booting Quarkus.
 *
 * <p>Numbers are portable between H2 and PostgreSQL by construction: percentiles are
 * PERCENT_RANK() cast to NUMERIC(9,6), growth is compared at 6 decimals, and the score is an exact
 * NUMERIC sum of weight × rounded percentile, so the threshold test is exact on both engines.
 */
public final class ClassificationEngine {
  private ClassificationEngine() {}

  /** Writes one classification_result row per account for the given (already inserted) run, from the facts. */
  public static void classify(Connection c, long runId, PolicyParameters p, LocalDate asOf) throws SQLException {
    classify(c, runId, p, asOf, false);
  }

  /**
   * As above; with {@code fromSummary} the per-account figures come from account_fact_summary of
   * asOf's month (io.pareto.fact.FactSummaries, made current by the caller; 12-month windows only),
   * which holds exactly the sums the fact scan computes.
   */
  public static void classify(Connection c, long runId, PolicyParameters p, LocalDate asOf, boolean fromSummary)
      throws SQLException {
    String facts = fromSummary
        ? "SELECT account_id, revenue12 AS r12, gross_profit12 AS gp12, revenue_prev12 AS rp12,"
            + " last_revenue_month AS last_rev FROM account_fact_summary WHERE as_of_month = ?"
        : "SELECT account_id,"
            + " SUM(CASE WHEN fact_month >= ? THEN revenue ELSE 0 END) AS r12,"
            + " SUM(CASE WHEN fact_month >= ? THEN gross_profit ELSE 0 END) AS gp12,"
            + " SUM(CASE WHEN fact_month >= ? AND fact_month < ? THEN revenue ELSE 0 END) AS rp12,"
            + " MAX(CASE WHEN revenue > 0 THEN fact_month END) AS last_rev"
            + " FROM account_fact WHERE fact_month < ? GROUP BY account_id";
    String base = "SELECT a.id, a.category AS prev, COALESCE(f.r12, 0) AS r12, COALESCE(f.gp12, 0) AS gp12,"
        + " COALESCE(f.rp12, 0) AS rp12, f.last_rev,"
        + " COALESCE(a.estimated_annual_potential, 0) AS pot, COALESCE(a.strategic_value, 0) AS strat,"
        + " o.category AS ovr, CASE WHEN COALESCE(f.r12, 0) > 0 THEN 1 ELSE 0 END AS active,"
        // growth = (revenue12 - revenuePrev12) / max(revenuePrev12, 1), widened first so both engines divide alike
        + " CAST(CAST(COALESCE(f.r12, 0) - COALESCE(f.rp12, 0) AS NUMERIC(38, 12))"
        + "   / GREATEST(COALESCE(f.rp12, 0), 1) AS NUMERIC(30, 6)) AS growth"
        + " FROM account a LEFT JOIN (" + facts + ") f ON f.account_id = a.id"
        + " LEFT JOIN classification_override o ON o.account_id = a.id AND (o.expires_on IS NULL OR o.expires_on >= ?)";
    String pct = "SELECT b.*,"
        + pr("r12") + " AS p1," + pr("gp12") + " AS p2," + pr("growth") + " AS p3," + pr("pot") + " AS p4,"
        + pr("strat") + " AS p5, COUNT(*) OVER (PARTITION BY b.active) AS n FROM (" + base + ") b";
    String scored = "SELECT q.*, CASE WHEN q.active = 1 THEN "
        + lit(p.weightRevenue()) + " * q.p1 + " + lit(p.weightGrossProfit()) + " * q.p2 + "
        + lit(p.weightGrowth()) + " * q.p3 + " + lit(p.weightPotential()) + " * q.p4 + "
        + lit(p.weightStrategic()) + " * q.p5 END AS score FROM (" + pct + ") q";
    String eligible = "SELECT s.*, CASE WHEN s.active = 1 AND s.ovr IS NULL AND s.score >= " + lit(p.keyThreshold())
        + " THEN 1 ELSE 0 END AS eligible, GREATEST(1, FLOOR(" + lit(p.keyCapShare()) + " * s.n)) AS cap"
        + " FROM (" + scored + ") s";
    String ranked = "SELECT e.*, ROW_NUMBER() OVER (PARTITION BY e.eligible ORDER BY e.score DESC, e.r12 DESC, e.id)"
        + " AS rn FROM (" + eligible + ") e";
    String decided = "SELECT k.*,"
        + " CASE WHEN k.active = 0 AND k.last_rev IS NULL THEN 'TARGET' WHEN k.active = 0 THEN 'LOST'"
        + "  WHEN k.eligible = 1 AND k.rn <= k.cap THEN 'KEY'"
        // an overridden account is not eligible; what the policy alone says ignores the cap for it
        + "  WHEN k.ovr IS NOT NULL AND k.score >= " + lit(p.keyThreshold()) + " THEN 'KEY' ELSE 'NORMAL' END AS pcat,"
        + " CASE WHEN k.ovr IS NOT NULL THEN 'OVERRIDE' WHEN k.active = 0 AND k.last_rev IS NULL THEN 'NO_REVENUE'"
        + "  WHEN k.active = 0 THEN 'NO_RECENT_REVENUE' WHEN k.eligible = 1 AND k.rn <= k.cap THEN 'KEY_SELECTED'"
        + "  WHEN k.eligible = 1 THEN 'OVER_CAP' ELSE 'BELOW_THRESHOLD' END AS rule"
        + " FROM (" + ranked + ") k";
    String insert = "INSERT INTO classification_result (run_id, account_id, previous_category, category,"
        + " policy_category, source, rule, revenue12, gross_profit12, revenue_prev12, growth, potential, strategic,"
        + " last_revenue_month, p_revenue, p_gross_profit, p_growth, p_potential, p_strategic, score, key_rank)"
        + " SELECT " + runId + ", d.id, d.prev, COALESCE(d.ovr, d.pcat), d.pcat,"
        + " CASE WHEN d.ovr IS NULL THEN 'POLICY' ELSE 'OVERRIDE' END, d.rule, d.r12, d.gp12, d.rp12,"
        + " d.growth, d.pot, d.strat, d.last_rev,"
        + " CASE WHEN d.active = 1 THEN d.p1 END, CASE WHEN d.active = 1 THEN d.p2 END,"
        + " CASE WHEN d.active = 1 THEN d.p3 END, CASE WHEN d.active = 1 THEN d.p4 END,"
        + " CASE WHEN d.active = 1 THEN d.p5 END, d.score, CASE WHEN d.eligible = 1 THEN d.rn END"
        + " FROM (" + decided + ") d";
    LocalDate w = p.windowStart(asOf);
    List<LocalDate> params = fromSummary ? List.of(asOf.withDayOfMonth(1), asOf)
        : List.of(w, w, p.previousStart(asOf), w, p.end(asOf), asOf);
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      for (int i = 0; i < params.size(); i++) ps.setDate(i + 1, Date.valueOf(params.get(i)));
      ps.executeUpdate();
    }
  }

  private static String pr(String column) {
    return " CAST(PERCENT_RANK() OVER (PARTITION BY b.active ORDER BY b." + column + ") AS NUMERIC(9, 6))";
  }

  private static String lit(BigDecimal v) {
    return "CAST(" + v.toPlainString() + " AS NUMERIC(9, 6))";
  }

  /** Bulk-updates account.category (and its version, so ETags change) where the run decided otherwise. */
  public static int apply(Connection c, long runId, Instant now) throws SQLException {
    String sql = "UPDATE account SET category = (SELECT r.category FROM classification_result r"
        + " WHERE r.run_id = ? AND r.account_id = account.id), version = version + 1, updated_at = ?"
        + " WHERE EXISTS (SELECT 1 FROM classification_result r WHERE r.run_id = ? AND r.account_id = account.id"
        + " AND r.category <> account.category)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, runId);
      ps.setTimestamp(2, Timestamp.from(now));
      ps.setLong(3, runId);
      return ps.executeUpdate();
    }
  }

  public static long activeCount(Connection c, long runId) throws SQLException {
    return single(c, "SELECT COUNT(*) FROM classification_result WHERE run_id = ? AND score IS NOT NULL", runId);
  }

  public static long changedCount(Connection c, long runId) throws SQLException {
    return single(c, "SELECT COUNT(*) FROM classification_result WHERE run_id = ? AND category <> previous_category",
        runId);
  }

  public static Map<Category, Long> counts(Connection c, long runId) throws SQLException {
    Map<Category, Long> out = new EnumMap<>(Category.class);
    for (Category k : Category.values()) out.put(k, 0L);
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT category, COUNT(*) FROM classification_result WHERE run_id = ? GROUP BY category")) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.put(Category.valueOf(rs.getString(1)), rs.getLong(2));
      }
    }
    return out;
  }

  /** KEY accounts chosen by the policy itself (not by an override). */
  public static long policyKeyCount(Connection c, long runId) throws SQLException {
    return single(c, "SELECT COUNT(*) FROM classification_result WHERE run_id = ? AND rule = 'KEY_SELECTED'", runId);
  }

  public static List<RunSummaryDto.Transition> transitions(Connection c, long runId) throws SQLException {
    List<RunSummaryDto.Transition> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT previous_category, category, COUNT(*)"
        + " FROM classification_result WHERE run_id = ? GROUP BY previous_category, category"
        + " ORDER BY previous_category, category")) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new RunSummaryDto.Transition(Category.valueOf(rs.getString(1)), Category.valueOf(rs.getString(2)),
              rs.getLong(3)));
        }
      }
    }
    return out;
  }

  /** One page of the accounts whose category changes, by account id. */
  public static List<ChangeDto> changes(Connection c, long runId, int offset, int limit) throws SQLException {
    List<ChangeDto> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT r.account_id, a.name, r.previous_category, r.category,"
        + " r.source, r.score FROM classification_result r JOIN account a ON a.id = r.account_id"
        + " WHERE r.run_id = ? AND r.category <> r.previous_category ORDER BY r.account_id"
        + " OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY")) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new ChangeDto(rs.getLong(1), rs.getString(2), Category.valueOf(rs.getString(3)),
              Category.valueOf(rs.getString(4)), Source.valueOf(rs.getString(5)), rs.getBigDecimal(6)));
        }
      }
    }
    return out;
  }

  public static void deleteResults(Connection c, long runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM classification_result WHERE run_id = ?")) {
      ps.setLong(1, runId);
      ps.executeUpdate();
    }
  }

  private static long single(Connection c, String sql, long runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
