package io.pareto.analytics;

import io.pareto.account.Category;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.fact.FactSummaries;
import io.pareto.security.AccountScope;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The input/output model (docs/method.md §3): output = gross profit, input = cost to serve, both
 * over the window; quadrants split at the medians unless thresholds are given. Three or four
 * statements.
 */
@ApplicationScoped
public class InputOutputAnalysis {
  private final EntityManager em;
  private final Caller caller;
  private final FactSummaries summaries;

  public InputOutputAnalysis(EntityManager em, Caller caller, FactSummaries summaries) {
    this.em = em;
    this.caller = caller;
    this.summaries = summaries;
  }

  public InputOutputDto analyse(
      LocalDate asOf,
      BigDecimal outputThreshold,
      BigDecimal inputThreshold,
      Quadrant quadrant,
      PageRequest page) {
    Window w = Window.of(asOf);
    AccountScope scope = caller.scope();
    LocalDate month = summaries.ensure(w.asOf());
    // accounts with at least one fact month in the window, as a join of the facts would give
    String base =
        "SELECT a.id, a.name, a.category, s.gross_profit12 AS output, s.cost_to_serve12 AS input"
            + " FROM account a JOIN account_fact_summary s ON s.account_id = a.id"
            + " WHERE s.as_of_month = :m AND s.fact_months12 > 0 AND "
            + scope.sql("a");
    BigDecimal ot = outputThreshold;
    BigDecimal it = inputThreshold;
    if (ot == null || it == null) {
      Object[] med =
          (Object[])
              ParetoAnalysis.bind(
                      em.createNativeQuery(
                          "SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY b.output),"
                              + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY b.input) FROM ("
                              + base
                              + ") b"),
                      month,
                      scope)
                  .getSingleResult();
      if (ot == null) ot = money(med[0]);
      if (it == null) it = money(med[1]);
    }
    String classified =
        "SELECT b.*, CASE WHEN b.output >= :ot AND b.input < :it THEN 'PROTECT_AND_GROW'"
            + " WHEN b.output >= :ot THEN 'OPTIMISE_COST_TO_SERVE' WHEN b.input < :it THEN 'MAINTAIN_CHEAPLY'"
            + " ELSE 'FIX_OR_REDUCE' END AS quadrant FROM ("
            + base
            + ") b";
    Map<Quadrant, InputOutputDto.QuadrantTotals> totals = new EnumMap<>(Quadrant.class);
    for (Quadrant q : Quadrant.values()) {
      totals.put(q, new InputOutputDto.QuadrantTotals(q, 0, BigDecimal.ZERO, BigDecimal.ZERO));
    }
    long count = 0;
    for (Object o :
        ParetoAnalysis.bind(
                em.createNativeQuery(
                    "SELECT c.quadrant, COUNT(*), SUM(c.output), SUM(c.input) FROM ("
                        + classified
                        + ") c GROUP BY c.quadrant"),
                month,
                scope)
            .setParameter("ot", ot)
            .setParameter("it", it)
            .getResultList()) {
      Object[] r = (Object[]) o;
      Quadrant q = Quadrant.valueOf(r[0].toString());
      long c = ((Number) r[1]).longValue();
      count += c;
      totals.put(q, new InputOutputDto.QuadrantTotals(q, c, money(r[2]), money(r[3])));
    }
    Page<InputOutputDto.AccountPoint> accounts = null;
    if (quadrant != null) {
      List<InputOutputDto.AccountPoint> items = new ArrayList<>();
      for (Object o :
          ParetoAnalysis.bind(
                  em.createNativeQuery(
                      "SELECT c.id, c.name, c.category, c.quadrant, c.output, c.input"
                          + " FROM ("
                          + classified
                          + ") c WHERE c.quadrant = :q ORDER BY c.output DESC, c.id"),
                  month,
                  scope)
              .setParameter("ot", ot)
              .setParameter("it", it)
              .setParameter("q", quadrant.name())
              .setFirstResult(page.offset())
              .setMaxResults(page.size)
              .getResultList()) {
        Object[] r = (Object[]) o;
        items.add(
            new InputOutputDto.AccountPoint(
                ((Number) r[0]).longValue(),
                (String) r[1],
                Category.valueOf(r[2].toString()),
                Quadrant.valueOf(r[3].toString()),
                money(r[4]),
                money(r[5])));
      }
      accounts = new Page<>(items, page.page, page.size, totals.get(quadrant).count());
    }
    return new InputOutputDto(
        w.asOf(), w.start(), w.lastMonth(), ot, it, count, List.copyOf(totals.values()), accounts);
  }

  private static BigDecimal money(Object o) {
    if (o == null) return BigDecimal.ZERO.setScale(2);
    BigDecimal b = o instanceof BigDecimal d ? d : new BigDecimal(o.toString());
    return b.setScale(2, RoundingMode.HALF_UP);
  }
}
