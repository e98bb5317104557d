package io.pareto.analytics;

import io.pareto.analytics.ParetoQueries.Figures;
import io.pareto.fact.FactSummaries;
import io.pareto.security.AccountScope;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 20/80 analysis (docs/method.md §1) over a ranking of the visible customers by their 12-month
 * value, from the fact summary (one row per account). The whole portfolio's figures are stored
 * ({@link PortfolioSummaries}): one statement to read instead of sorting every customer.
 */
@ApplicationScoped
public class ParetoAnalysis {
  private final Caller caller;
  private final FactSummaries summaries;
  private final ParetoQueries queries;
  private final PortfolioSummaries portfolio;

  public ParetoAnalysis(
      Caller caller, FactSummaries summaries, ParetoQueries queries, PortfolioSummaries portfolio) {
    this.caller = caller;
    this.summaries = summaries;
    this.queries = queries;
    this.portfolio = portfolio;
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
    Figures f =
        scope.isAll()
            ? portfolio.readOrFill(
                () -> queries.stored(month, metric),
                () -> queries.compute(month, metric, scope),
                fresh -> queries.store(month, metric, fresh))
            : queries.compute(month, metric, scope);
    return dto(metric, w, f);
  }

  private static ParetoDto dto(ParetoMetric metric, Window w, Figures figures) {
    ParetoQueries.Totals f = figures.totals();
    long n = f.customerCount();
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
    BigDecimal total = f.total();
    BigDecimal nn = BigDecimal.valueOf(n);
    BigDecimal ascWeighted = nn.add(BigDecimal.ONE).multiply(total).subtract(f.rankWeighted());
    BigDecimal gini =
        ascWeighted
            .multiply(BigDecimal.valueOf(2))
            .divide(nn.multiply(total), 10, RoundingMode.HALF_UP)
            .subtract(nn.add(BigDecimal.ONE).divide(nn, 10, RoundingMode.HALF_UP))
            .setScale(6, RoundingMode.HALF_UP);
    points.add(new ParetoDto.Point(BigDecimal.ZERO, BigDecimal.ZERO));
    for (ParetoQueries.Point p : figures.points()) {
      points.add(
          new ParetoDto.Point(
              share(BigDecimal.valueOf(p.customerRank()), nn), share(p.cumulative(), total)));
    }
    long for80 = f.customersFor80();
    return new ParetoDto(
        metric,
        w.asOf(),
        w.start(),
        w.lastMonth(),
        n,
        total,
        for80,
        share(BigDecimal.valueOf(for80), nn),
        f.top20Count(),
        share(f.top20Value(), total),
        gini,
        points);
  }

  static BigDecimal share(BigDecimal part, BigDecimal whole) {
    return part.divide(whole, 6, RoundingMode.HALF_UP);
  }
}
