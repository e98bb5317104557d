package io.pareto.analytics;

import io.pareto.common.Rows;
import io.pareto.security.AccountScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The input/output model's SQL over the fact summary: medians, per-quadrant totals and a quadrant's
 * page for any scope, and the whole portfolio's median split stored / read back
 * (input_output_summary, V260). Accounts count when they have a fact month in the window, as a join
 * of the facts would give.
 */
@ApplicationScoped
class InputOutputQueries {
  record Medians(BigDecimal output, BigDecimal input) {}

  /** The median split of the whole portfolio: medians and the four quadrants' totals. */
  record Split(Medians medians, List<InputOutputDto.QuadrantTotals> quadrants) {}

  private record StoredQuadrant(
      Quadrant quadrant,
      BigDecimal outputMedian,
      BigDecimal inputMedian,
      long accountCount,
      BigDecimal outputTotal,
      BigDecimal inputTotal) {}

  private final EntityManager em;

  InputOutputQueries(EntityManager em) {
    this.em = em;
  }

  private static String accounts(AccountScope scope) {
    return """
        SELECT a.id, a.name, a.category, s.gross_profit12 AS output, s.cost_to_serve12 AS input
        FROM account a JOIN account_fact_summary s ON s.account_id = a.id
        WHERE s.as_of_month = :m AND s.fact_months12 > 0 AND %s
        """
        .formatted(scope.sql("a"));
  }

  Medians medians(LocalDate month, AccountScope scope) {
    String sql =
        """
        SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY b.output) AS output,
               PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY b.input) AS input
        FROM (%s) b
        """
            .formatted(accounts(scope));
    Medians m =
        Rows.one(Medians.class, (Tuple) MonthQueries.bind(em, sql, month, scope).getSingleResult());
    return new Medians(money(m.output()), money(m.input()));
  }

  /** Count, output and input of each quadrant that has accounts. */
  List<InputOutputDto.QuadrantTotals> totals(
      LocalDate month, AccountScope scope, BigDecimal ot, BigDecimal it) {
    String quadrant =
        Arrays.stream(Quadrant.values())
            .map(q -> " WHEN " + q.sql("b.output", "b.input") + " THEN '" + q + "'")
            .collect(Collectors.joining("", "CASE", " END"));
    String sql =
        """
        SELECT c.quadrant, COUNT(*) AS count, SUM(c.output) AS output, SUM(c.input) AS input
        FROM (SELECT %s AS quadrant, b.output, b.input FROM (%s) b) c
        GROUP BY c.quadrant
        """
            .formatted(quadrant, accounts(scope));
    return Rows.as(
            InputOutputDto.QuadrantTotals.class,
            MonthQueries.tuples(
                MonthQueries.bind(em, sql, month, scope)
                    .setParameter("ot", ot)
                    .setParameter("it", it)))
        .stream()
        .map(
            t ->
                new InputOutputDto.QuadrantTotals(
                    t.quadrant(), t.count(), money(t.output()), money(t.input())))
        .toList();
  }

  /** One page of a quadrant's accounts, largest output first. */
  List<InputOutputDto.AccountPoint> page(
      LocalDate month,
      AccountScope scope,
      BigDecimal ot,
      BigDecimal it,
      Quadrant quadrant,
      int offset,
      int size) {
    String sql =
        """
        SELECT s.account_id, a.name, a.category, '%s' AS quadrant,
               s.gross_profit12 AS output, s.cost_to_serve12 AS input
        FROM account_fact_summary s JOIN account a ON a.id = s.account_id
        WHERE s.as_of_month = :m AND s.fact_months12 > 0 AND %s AND %s
        ORDER BY s.gross_profit12 DESC, s.account_id
        """
            .formatted(
                quadrant, quadrant.sql("s.gross_profit12", "s.cost_to_serve12"), scope.sql("a"));
    return Rows.as(
            InputOutputDto.AccountPoint.class,
            MonthQueries.tuples(
                MonthQueries.bind(em, sql, month, scope)
                    .setParameter("ot", ot)
                    .setParameter("it", it)
                    .setFirstResult(offset)
                    .setMaxResults(size)))
        .stream()
        .map(
            p ->
                new InputOutputDto.AccountPoint(
                    p.accountId(),
                    p.name(),
                    p.category(),
                    p.quadrant(),
                    money(p.output()),
                    money(p.input())))
        .toList();
  }

  Optional<Split> stored(LocalDate month) {
    List<StoredQuadrant> rows =
        Rows.as(
            StoredQuadrant.class,
            MonthQueries.tuples(
                em.createNativeQuery(
                        """
                        SELECT quadrant, output_median, input_median, account_count, output_total,
                               input_total
                        FROM input_output_summary WHERE as_of_month = :m
                        """,
                        Tuple.class)
                    .setParameter("m", month)));
    if (rows.isEmpty()) return Optional.empty();
    StoredQuadrant head = rows.get(0);
    return Optional.of(
        new Split(
            new Medians(money(head.outputMedian()), money(head.inputMedian())),
            rows.stream()
                .map(
                    r ->
                        new InputOutputDto.QuadrantTotals(
                            r.quadrant(),
                            r.accountCount(),
                            money(r.outputTotal()),
                            money(r.inputTotal())))
                .toList()));
  }

  /**
   * Keeps the whole portfolio's split (the caller holds the summary's lock): all four quadrants.
   */
  void store(LocalDate month, Split split) {
    for (Quadrant q : Quadrant.values()) {
      InputOutputDto.QuadrantTotals t =
          split.quadrants().stream()
              .filter(x -> x.quadrant() == q)
              .findFirst()
              .orElse(new InputOutputDto.QuadrantTotals(q, 0, money(null), money(null)));
      em.createNativeQuery(
              """
              INSERT INTO input_output_summary (as_of_month, quadrant, output_median, input_median,
                  account_count, output_total, input_total)
              VALUES (:m, :q, :om, :im, :n, :o, :i)
              """)
          .setParameter("m", month)
          .setParameter("q", q.name())
          .setParameter("om", split.medians().output())
          .setParameter("im", split.medians().input())
          .setParameter("n", t.count())
          .setParameter("o", t.output())
          .setParameter("i", t.input())
          .executeUpdate();
    }
  }

  static BigDecimal money(BigDecimal b) {
    return b == null ? BigDecimal.ZERO.setScale(2) : b.setScale(2, java.math.RoundingMode.HALF_UP);
  }
}
