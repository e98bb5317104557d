package io.pareto.classification;

import io.pareto.account.Category;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a run summary counts, read in one statement over a run's result rows: the stored rows of a
 * run, or for a dry run the rows computed on the fly (the same SQL for both, so they cannot
 * differ).
 */
public record RunTally(
    long activeCount,
    long policyKeyCount,
    Map<Category, Long> counts,
    List<RunSummaryDto.Transition> transitions,
    long changedCount,
    List<ChangeDto> firstChanges) {

  /**
   * The tally over {@code rows} (a SELECT of account_id, previous_category, category, source,
   * score, rule): one row per (from, to) pair with its count, active and policy-KEY accounts, then
   * the first {@code page} changed accounts. A CTE referenced twice, so PostgreSQL computes the
   * rows once.
   */
  static String sql(String rows, int page) {
    return "WITH r AS ("
        + rows
        + ")"
        + " SELECT 0 AS part, CAST(NULL AS BIGINT) AS account_id, CAST(NULL AS VARCHAR(200)) AS account_name,"
        + " t.previous_category, t.category, CAST(NULL AS VARCHAR(16)) AS source, CAST(NULL AS NUMERIC(12, 6)) AS score,"
        + " t.n, t.active, t.policy_key FROM (SELECT previous_category, category, COUNT(*) AS n,"
        + " SUM(CASE WHEN score IS NOT NULL THEN 1 ELSE 0 END) AS active,"
        + " SUM(CASE WHEN rule = 'KEY_SELECTED' THEN 1 ELSE 0 END) AS policy_key"
        + " FROM r GROUP BY previous_category, category) t"
        + " UNION ALL SELECT 1, c.*, 0, 0, 0 FROM ("
        + changes(0, page)
        + ") c"
        + " ORDER BY part, account_id, previous_category, category";
  }

  /**
   * The changed accounts among the rows of CTE {@code r}, by account id: account_id, name, from,
   * to, source, score.
   */
  static String changes(int offset, int limit) {
    return "SELECT r.account_id, a.name AS account_name, r.previous_category, r.category, r.source, r.score"
        + " FROM r JOIN account a ON a.id = r.account_id WHERE r.category <> r.previous_category"
        + " ORDER BY r.account_id OFFSET "
        + offset
        + " ROWS FETCH NEXT "
        + limit
        + " ROWS ONLY";
  }

  /** A change from the columns of {@link #changes} starting at {@code i}. */
  static ChangeDto change(ResultSet rs, int i) throws SQLException {
    return new ChangeDto(
        rs.getLong(i),
        rs.getString(i + 1),
        Category.valueOf(rs.getString(i + 2)),
        Category.valueOf(rs.getString(i + 3)),
        Source.valueOf(rs.getString(i + 4)),
        rs.getBigDecimal(i + 5));
  }

  static RunTally read(PreparedStatement ps) throws SQLException {
    Map<Category, Long> counts = new EnumMap<>(Category.class);
    for (Category k : Category.values()) counts.put(k, 0L);
    List<RunSummaryDto.Transition> transitions = new ArrayList<>();
    List<ChangeDto> changes = new ArrayList<>();
    long active = 0;
    long policyKey = 0;
    long changed = 0;
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        if (rs.getInt(1) == 1) {
          changes.add(change(rs, 2));
          continue;
        }
        Category from = Category.valueOf(rs.getString(4));
        Category to = Category.valueOf(rs.getString(5));
        long n = rs.getLong(8);
        transitions.add(new RunSummaryDto.Transition(from, to, n));
        counts.merge(to, n, Long::sum);
        active += rs.getLong(9);
        policyKey += rs.getLong(10);
        if (from != to) changed += n;
      }
    }
    return new RunTally(active, policyKey, counts, transitions, changed, changes);
  }
}
