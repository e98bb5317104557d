package io.pareto.analytics;

import io.pareto.common.Rows;
import io.pareto.security.AccountScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The Pareto curve's SQL: computed from the fact summary for any scope (two statements over a
 * windowed ranking), and stored / read back for the whole portfolio (pareto_summary, V260).
 */
@ApplicationScoped
class ParetoQueries {
  /**
   * A curve's figures before they become shares: count and total of the customers with a positive
   * value, Σ rank × value (the Gini sum), the fewest for 80% and the top 20% (ceil(n / 5)) with
   * their value.
   */
  record Totals(
      long customerCount,
      BigDecimal total,
      BigDecimal rankWeighted,
      Long customersFor80,
      Long top20Count,
      BigDecimal top20Value) {}

  /** Where each whole percent of customers is crossed, with the cumulative value there. */
  record Point(long customerRank, BigDecimal cumulative) {}

  record Figures(Totals totals, List<Point> points) {}

  private final EntityManager em;

  ParetoQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * The visible customers with a positive value, largest first (ties by id): rank, running total,
   * count and total. The top 20% are the first ceil(n / 5) ranks, i.e. 5·rank ≤ n + 4.
   */
  private static String ranked(ParetoMetric metric, AccountScope scope) {
    String value = "s." + metric.column + "12";
    return """
        SELECT v.val,
               ROW_NUMBER() OVER (ORDER BY v.val DESC, v.id) AS rn,
               SUM(v.val) OVER (ORDER BY v.val DESC, v.id
                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum,
               COUNT(*) OVER () AS n,
               SUM(v.val) OVER () AS total
        FROM (SELECT a.id, %1$s AS val
              FROM account a JOIN account_fact_summary s ON s.account_id = a.id
              WHERE s.as_of_month = :m AND %1$s > 0 AND %2$s) v
        """
        .formatted(value, scope.sql("a"));
  }

  Figures compute(LocalDate month, ParetoMetric metric, AccountScope scope) {
    String ranked = ranked(metric, scope);
    Totals t =
        Rows.one(
            Totals.class,
            (Tuple)
                MonthQueries.bind(
                        em,
                        """
                        SELECT COALESCE(MAX(r.n), 0) AS customer_count,
                               COALESCE(MAX(r.total), 0) AS total,
                               COALESCE(SUM(r.rn * r.val), 0) AS rank_weighted,
                               MIN(CASE WHEN r.cum * 5 >= r.total * 4 THEN r.rn END) AS customers_for80,
                               MAX(CASE WHEN r.rn * 5 <= r.n + 4 THEN r.rn END) AS top20_count,
                               MAX(CASE WHEN r.rn * 5 <= r.n + 4 THEN r.cum END) AS top20_value
                        FROM (%s) r
                        """
                            .formatted(ranked),
                        month,
                        scope)
                    .getSingleResult());
    if (t.customerCount() == 0) return new Figures(t, List.of());
    List<Point> points =
        Rows.as(
            Point.class,
            MonthQueries.tuples(
                MonthQueries.bind(
                    em,
                    """
                    SELECT r.rn AS customer_rank, r.cum AS cumulative FROM (%s) r
                    WHERE (r.rn * 100) / r.n > ((r.rn - 1) * 100) / r.n
                    ORDER BY r.rn
                    """
                        .formatted(ranked),
                    month,
                    scope)));
    return new Figures(t, points);
  }

  /**
   * The whole portfolio's stored figures of the month, if filled since the summary last changed:
   * one row per point, each repeating the totals (one row without a point when there are none).
   */
  Optional<Figures> stored(LocalDate month, ParetoMetric metric) {
    List<Tuple> rows =
        MonthQueries.tuples(
            em.createNativeQuery(
                    """
                    SELECT p.customer_count, p.total, p.rank_weighted, p.customers_for80,
                           p.top20_count, p.top20_value, pt.customer_rank, pt.cumulative
                    FROM pareto_summary p
                    LEFT JOIN pareto_summary_point pt
                      ON pt.as_of_month = p.as_of_month AND pt.metric = p.metric
                    WHERE p.as_of_month = :m AND p.metric = :metric
                    ORDER BY pt.customer_rank
                    """,
                    Tuple.class)
                .setParameter("m", month)
                .setParameter("metric", metric.name()));
    if (rows.isEmpty()) return Optional.empty();
    List<Point> points =
        Rows.as(Point.class, rows).stream()
            .filter(p -> p.customerRank() > 0) // the row without a point reads as rank 0
            .toList();
    return Optional.of(new Figures(Rows.one(Totals.class, rows.get(0)), points));
  }

  /** Keeps the whole portfolio's figures of the month (the caller holds the summary's lock). */
  void store(LocalDate month, ParetoMetric metric, Figures f) {
    em.unwrap(Session.class)
        .doWork(
            c -> {
              try (var head =
                  c.prepareStatement(
                      """
                      INSERT INTO pareto_summary (as_of_month, metric, customer_count, total,
                          rank_weighted, customers_for80, top20_count, top20_value)
                      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                      """)) {
                head.setObject(1, month);
                head.setString(2, metric.name());
                Totals t = f.totals();
                head.setLong(3, t.customerCount());
                head.setBigDecimal(4, t.total());
                head.setBigDecimal(5, t.rankWeighted());
                head.setObject(6, t.customersFor80(), Types.BIGINT);
                head.setObject(7, t.top20Count(), Types.BIGINT);
                head.setObject(8, t.top20Value(), Types.NUMERIC);
                head.executeUpdate();
              }
              try (var point =
                  c.prepareStatement(
                      """
                      INSERT INTO pareto_summary_point (as_of_month, metric, customer_rank, cumulative)
                      VALUES (?, ?, ?, ?)
                      """)) {
                for (Point p : f.points()) {
                  point.setObject(1, month);
                  point.setString(2, metric.name());
                  point.setLong(3, p.customerRank());
                  point.setBigDecimal(4, p.cumulative());
                  point.addBatch();
                }
                point.executeBatch();
              }
            });
  }
}
