package io.pareto.analytics;

import io.pareto.analytics.InputOutputQueries.Medians;
import io.pareto.analytics.InputOutputQueries.Split;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.fact.FactSummaries;
import io.pareto.security.AccountScope;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The input/output model (docs/method.md §3): output = gross profit, input = cost to serve, both
 * over the window; quadrants split at the medians unless thresholds are given. The whole
 * portfolio's median split is stored ({@link PortfolioSummaries}); a page of a quadrant is read
 * from an index on the output.
 */
@ApplicationScoped
public class InputOutputAnalysis {
  private final Caller caller;
  private final FactSummaries summaries;
  private final InputOutputQueries queries;
  private final PortfolioSummaries portfolio;

  public InputOutputAnalysis(
      Caller caller,
      FactSummaries summaries,
      InputOutputQueries queries,
      PortfolioSummaries portfolio) {
    this.caller = caller;
    this.summaries = summaries;
    this.queries = queries;
    this.portfolio = portfolio;
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
    boolean atMedians = outputThreshold == null && inputThreshold == null;
    Split split = null;
    Medians medians = null;
    if (scope.isAll()) {
      split =
          portfolio.readOrFill(
              () -> queries.stored(month),
              () -> {
                Medians m = queries.medians(month, scope);
                return new Split(m, queries.totals(month, scope, m.output(), m.input()));
              },
              fresh -> queries.store(month, fresh));
      medians = split.medians();
    } else if (outputThreshold == null || inputThreshold == null) {
      medians = queries.medians(month, scope);
    }
    BigDecimal ot = outputThreshold != null ? outputThreshold : medians.output();
    BigDecimal it = inputThreshold != null ? inputThreshold : medians.input();
    List<InputOutputDto.QuadrantTotals> found =
        split != null && atMedians ? split.quadrants() : queries.totals(month, scope, ot, it);
    Map<Quadrant, InputOutputDto.QuadrantTotals> totals = new EnumMap<>(Quadrant.class);
    for (Quadrant q : Quadrant.values()) {
      totals.put(q, new InputOutputDto.QuadrantTotals(q, 0, BigDecimal.ZERO, BigDecimal.ZERO));
    }
    long count = 0;
    for (InputOutputDto.QuadrantTotals t : found) {
      totals.put(t.quadrant(), t);
      count += t.count();
    }
    Page<InputOutputDto.AccountPoint> accounts = null;
    if (quadrant != null) {
      accounts =
          new Page<>(
              queries.page(month, scope, ot, it, quadrant, page.offset(), page.size),
              page.page,
              page.size,
              totals.get(quadrant).count());
    }
    return new InputOutputDto(
        w.asOf(), w.start(), w.lastMonth(), ot, it, count, List.copyOf(totals.values()), accounts);
  }
}
