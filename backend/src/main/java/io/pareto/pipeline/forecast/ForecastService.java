package io.pareto.pipeline.forecast;

import io.pareto.common.ProblemException;
import io.pareto.pipeline.Stage;
import io.pareto.pipeline.forecast.ForecastDtos.Figures;
import io.pareto.pipeline.forecast.ForecastDtos.Forecast;
import io.pareto.pipeline.forecast.ForecastDtos.OwnerLine;
import io.pareto.pipeline.forecast.ForecastDtos.SlippedDeal;
import io.pareto.pipeline.forecast.ForecastDtos.StuckDeal;
import io.pareto.pipeline.forecast.ForecastDtos.TeamLine;
import io.pareto.pipeline.funnel.PipelineFilter;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What will close this period and which deals need attention (docs/method.md §4: the cooked duck
 * can still fly away).
 */
@ApplicationScoped
public class ForecastService {
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private final ForecastQueries queries;
  private final Caller caller;

  public ForecastService(ForecastQueries queries, Caller caller) {
    this.queries = queries;
    this.caller = caller;
  }

  /** Parses "2026-Q4" or "2026-11" into [start, end). */
  public static LocalDate[] period(String period) {
    if (period == null)
      throw ProblemException.badRequest("period", "is required: YYYY-Qn or YYYY-MM");
    Matcher q = QUARTER.matcher(period);
    if (q.matches()) {
      LocalDate start =
          LocalDate.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1, 1);
      return new LocalDate[] {start, start.plusMonths(3)};
    }
    try {
      LocalDate start = YearMonth.parse(period).atDay(1);
      return new LocalDate[] {start, start.plusMonths(1)};
    } catch (java.time.format.DateTimeParseException e) {
      throw ProblemException.badRequest(
          "period", "'" + period + "' is neither YYYY-Qn nor YYYY-MM");
    }
  }

  /**
   * Forecast of a period per owner, per team and in total: closed (won in the period), commit, best
   * case = commit + best-case deals, pipeline = best case + pipeline deals, weighted; plus slipped
   * deals.
   */
  public Forecast forecast(PipelineFilter f, String period, LocalDate today) {
    LocalDate[] range = period(period);
    Map<Long, OwnerAcc> owners = new LinkedHashMap<>();
    for (Object[] r : queries.figures(caller.scope(), f, range[0], range[1])) {
      Long owner = r[0] == null ? null : ((Number) r[0]).longValue();
      OwnerAcc acc = owners.computeIfAbsent(owner, k -> new OwnerAcc());
      acc.name = (String) r[1];
      acc.teamId = r[2] == null ? null : ((Number) r[2]).longValue();
      acc.teamName = (String) r[3];
      acc.add((String) r[4], money(r[5]), money(r[6]));
    }
    List<OwnerLine> ownerLines = new ArrayList<>();
    Map<Long, OwnerAcc> teams = new LinkedHashMap<>();
    OwnerAcc total = new OwnerAcc();
    owners.forEach(
        (id, acc) -> {
          ownerLines.add(new OwnerLine(id, acc.name, acc.teamId, acc.figures()));
          OwnerAcc team = teams.computeIfAbsent(acc.teamId, k -> new OwnerAcc());
          team.teamName = acc.teamName;
          team.merge(acc);
          total.merge(acc);
        });
    ownerLines.sort(
        (a, b) ->
            b.figures()
                .pipeline()
                .add(b.figures().closed())
                .compareTo(a.figures().pipeline().add(a.figures().closed())));
    List<TeamLine> teamLines = new ArrayList<>();
    teams.forEach((id, acc) -> teamLines.add(new TeamLine(id, acc.teamName, acc.figures())));
    List<SlippedDeal> slipped =
        queries.slipped(caller.scope(), f, range[0], range[1], today).stream()
            .map(
                r -> {
                  LocalDate close = date(r[5]);
                  return new SlippedDeal(
                      ((Number) r[0]).longValue(),
                      (String) r[1],
                      r[2] == null ? null : ((Number) r[2]).longValue(),
                      money(r[3]),
                      Stage.valueOf((String) r[4]),
                      close,
                      ChronoUnit.DAYS.between(close, today));
                })
            .toList();
    return new Forecast(
        period, range[0], range[1], ownerLines, teamLines, total.figures(), slipped);
  }

  /**
   * Open deals stuck longer than max(2 × median stay of the last 12 months, 14 days) in their
   * stage.
   */
  public List<StuckDeal> stuck(PipelineFilter f, Instant asOf) {
    return queries.stuck(caller.scope(), f, asOf).stream()
        .map(
            r -> {
              double secs = ((Number) r[5]).doubleValue();
              Double median = r[6] == null ? null : ((Number) r[6]).doubleValue();
              double threshold = Math.max(median == null ? 0 : 2 * median, 14 * 86_400d);
              return new StuckDeal(
                  ((Number) r[0]).longValue(),
                  (String) r[1],
                  r[2] == null ? null : ((Number) r[2]).longValue(),
                  money(r[3]),
                  Stage.valueOf((String) r[4]),
                  days(secs),
                  median == null ? null : days(median),
                  days(threshold));
            })
        .toList();
  }

  private static double days(double seconds) {
    return Math.round(seconds / 86_400d * 10) / 10.0;
  }

  private static LocalDate date(Object o) {
    return o instanceof LocalDate d
        ? d
        : o instanceof Date d ? d.toLocalDate() : LocalDate.parse(o.toString());
  }

  private static BigDecimal money(Object o) {
    if (o == null) return BigDecimal.ZERO.setScale(2);
    return (o instanceof BigDecimal b ? b : new BigDecimal(o.toString()))
        .setScale(2, RoundingMode.HALF_UP);
  }

  /** Sums of the few aggregated rows of one owner (or team, or everyone). */
  private static final class OwnerAcc {
    String name;
    Long teamId;
    String teamName;
    BigDecimal closed = money(null);
    BigDecimal commit = money(null);
    BigDecimal bestCaseOnly = money(null);
    BigDecimal pipelineOnly = money(null);
    BigDecimal weighted = money(null);

    void add(String category, BigDecimal amount, BigDecimal weightedAmount) {
      switch (Objects.requireNonNull(category)) {
        case "WON" -> closed = closed.add(amount);
        case "COMMIT", "CLOSED" -> commit = commit.add(amount);
        case "BEST_CASE" -> bestCaseOnly = bestCaseOnly.add(amount);
        case "PIPELINE" -> pipelineOnly = pipelineOnly.add(amount);
        default -> {
          return;
        } // OMITTED: out of every figure
      }
      if (!"WON".equals(category)) weighted = weighted.add(weightedAmount);
    }

    void merge(OwnerAcc o) {
      closed = closed.add(o.closed);
      commit = commit.add(o.commit);
      bestCaseOnly = bestCaseOnly.add(o.bestCaseOnly);
      pipelineOnly = pipelineOnly.add(o.pipelineOnly);
      weighted = weighted.add(o.weighted);
    }

    Figures figures() {
      BigDecimal best = commit.add(bestCaseOnly);
      return new Figures(closed, commit, best, best.add(pipelineOnly), weighted);
    }
  }
}
