package io.pareto.analytics;

import io.pareto.fact.FactSummaries;
import io.pareto.security.AccountScope;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 20/80 analysis (docs/method.md §1) in two statements: one aggregate row and the curve points,
 * both over a windowed ranking of the visible customers by their 12-month value, read from the fact
 * summary (one row per account) rather than aggregated from the facts.
 */
@ApplicationScoped
public class ParetoAnalysis {
  private final EntityManager em;
  private final Caller caller;
  private final FactSummaries summaries;

  public ParetoAnalysis(EntityManager em, Caller caller, FactSummaries summaries) {
    this.em = em;
    this.caller = caller;
    this.summaries = summaries;
  }

  /**
   * Customers with a positive value in the window, largest first. Gini = (2 Σ i·x_i) / (n Σ x) − (n
   * + 1) / n with x ascending (i = 1..n), from the same ranking: Σ i·x_i = (n + 1) Σ x − Σ
   * rank_desc·x.
   */
  public ParetoDto pareto(ParetoMetric metric, LocalDate asOf) {
    Window w = Window.of(asOf);
    AccountScope scope = caller.scope();
    LocalDate month = summaries.ensure(w.asOf());
    String ranked =
        "SELECT v.val, ROW_NUMBER() OVER (ORDER BY v.val DESC, v.id) AS rn,"
            + " SUM(v.val) OVER (ORDER BY v.val DESC, v.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum,"
            + " COUNT(*) OVER () AS n, SUM(v.val) OVER () AS total"
            + " FROM (SELECT a.id, s."
            + metric.column
            + "12 AS val FROM account a"
            + " JOIN account_fact_summary s ON s.account_id = a.id"
            + " WHERE s.as_of_month = :m AND s."
            + metric.column
            + "12 > 0 AND "
            + scope.sql("a")
            + ") v";
    Object[] agg =
        (Object[])
            bind(
                    em.createNativeQuery(
                        "SELECT MAX(r.n), MAX(r.total), SUM(r.rn * r.val),"
                            + " MIN(CASE WHEN r.cum * 5 >= r.total * 4 THEN r.rn END),"
                            + " MAX(CASE WHEN r.rn * 5 <= r.n + 4 THEN r.rn END), MAX(CASE WHEN r.rn * 5 <= r.n + 4 THEN r.cum END)"
                            + " FROM ("
                            + ranked
                            + ") r"),
                    month,
                    scope)
                .getSingleResult();
    long n = agg[0] == null ? 0 : ((Number) agg[0]).longValue();
    List<ParetoDto.Point> points = new ArrayList<>();
    if (n == 0) {
      return new ParetoDto(
          metric,
          w.asOf(),
          w.start(),
          w.lastMonth(),
          0,
          BigDecimal.ZERO,
          0,
          BigDecimal.ZERO,
          0,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          points);
    }
    BigDecimal total = dec(agg[1]);
    BigDecimal rankWeighted = dec(agg[2]);
    long for80 = ((Number) agg[3]).longValue();
    long top20 = ((Number) agg[4]).longValue(); // rn ≤ ceil(n / 5) ⇔ 5·rn ≤ n + 4
    BigDecimal top20Value = dec(agg[5]);
    BigDecimal nn = BigDecimal.valueOf(n);
    BigDecimal ascWeighted = nn.add(BigDecimal.ONE).multiply(total).subtract(rankWeighted);
    BigDecimal gini =
        ascWeighted
            .multiply(BigDecimal.valueOf(2))
            .divide(nn.multiply(total), 10, RoundingMode.HALF_UP)
            .subtract(nn.add(BigDecimal.ONE).divide(nn, 10, RoundingMode.HALF_UP))
            .setScale(6, RoundingMode.HALF_UP);
    points.add(new ParetoDto.Point(BigDecimal.ZERO, BigDecimal.ZERO));
    // one point where each whole percent of customers is crossed: at most 100 more
    List<?> rows =
        bind(
                em.createNativeQuery(
                    "SELECT r.rn, r.cum FROM ("
                        + ranked
                        + ") r"
                        + " WHERE (r.rn * 100) / r.n > ((r.rn - 1) * 100) / r.n ORDER BY r.rn"),
                month,
                scope)
            .getResultList();
    for (Object o : rows) {
      Object[] r = (Object[]) o;
      points.add(
          new ParetoDto.Point(
              share(BigDecimal.valueOf(((Number) r[0]).longValue()), nn), share(dec(r[1]), total)));
    }
    return new ParetoDto(
        metric,
        w.asOf(),
        w.start(),
        w.lastMonth(),
        n,
        total,
        for80,
        share(BigDecimal.valueOf(for80), nn),
        top20,
        share(top20Value, total),
        gini,
        points);
  }

  /** Binds the summary month and the caller's scope. */
  static Query bind(Query q, LocalDate month, AccountScope scope) {
    q.setParameter("m", month);
    scope.params().forEach(q::setParameter);
    return q;
  }

  static BigDecimal share(BigDecimal part, BigDecimal whole) {
    return part.divide(whole, 6, RoundingMode.HALF_UP);
  }

  static BigDecimal dec(Object o) {
    if (o == null) return BigDecimal.ZERO;
    return o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
  }
}
