package io.pareto.team;

import io.pareto.common.Rows;
import io.pareto.pipeline.forecast.ForecastDtos.Figures;
import io.pareto.pipeline.forecast.ForecastDtos.Forecast;
import io.pareto.pipeline.forecast.ForecastDtos.OwnerLine;
import io.pareto.pipeline.forecast.ForecastService;
import io.pareto.pipeline.funnel.PipelineFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forecast set against the targets (domain.md §12: revenue and forecast accuracy are the
 * account manager's metrics): the forecast's own figures plus one query for the period's targets.
 */
@ApplicationScoped
public class TargetForecastService {
  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private final EntityManager em;
  private final ForecastService forecast;
  private final TeamViewService teamView;

  public TargetForecastService(
      EntityManager em, ForecastService forecast, TeamViewService teamView) {
    this.em = em;
    this.forecast = forecast;
    this.teamView = teamView;
  }

  /** A manager's own team; an admin's or read-only user's chosen team, or everyone. */
  public TargetForecastDto view(Long teamId, String period, LocalDate today) {
    TargetPeriod p = TargetPeriod.parse(period);
    Long team = teamView.resolveTeam(teamId);
    Forecast f = forecast.forecast(new PipelineFilter(null, team, null, null), p.code(), today);
    Map<Long, UserTarget> targets = targets(p, team);
    Map<Long, TargetForecastDto.Line> lines = new LinkedHashMap<>();
    for (OwnerLine o : f.owners()) {
      if (o.ownerId() == null) continue; // deals without an owner count in the total only
      UserTarget t = targets.get(o.ownerId());
      lines.put(
          o.ownerId(),
          line(o.ownerId(), o.ownerName(), t == null ? null : money(t.amount()), o.figures()));
    }
    BigDecimal total = null;
    for (Map.Entry<Long, UserTarget> e : targets.entrySet()) {
      BigDecimal amount = money(e.getValue().amount());
      total = total == null ? amount : total.add(amount);
      lines.computeIfAbsent(
          e.getKey(),
          id -> line(id, e.getValue().name(), amount, new Figures(ZERO, ZERO, ZERO, ZERO, ZERO)));
    }
    List<TargetForecastDto.Line> owners = new ArrayList<>(lines.values());
    owners.sort(
        Comparator.comparing(
                TargetForecastDto.Line::target, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(TargetForecastDto.Line::closed, Comparator.reverseOrder()));
    return new TargetForecastDto(
        p.code(), p.start(), p.end(), team, owners, line(null, null, total, f.total()));
  }

  static TargetForecastDto.Line line(Long userId, String name, BigDecimal target, Figures f) {
    return new TargetForecastDto.Line(
        userId,
        name,
        target,
        f.closed(),
        f.commit(),
        f.bestCase(),
        f.pipeline(),
        TeamViewService.attainment(f.closed(), target),
        TeamViewService.attainment(f.closed().add(f.commit()), target),
        TeamViewService.attainment(f.closed().add(f.bestCase()), target),
        target == null ? null : target.subtract(f.closed()).max(ZERO));
  }

  /**
   * userId → {name, target} for the period, of the team's users (everyone's without a team); a
   * quarter without its own row sums its months', as on the team view.
   */
  private Map<Long, UserTarget> targets(TargetPeriod p, Long team) {
    List<String> periods = new ArrayList<>(p.months());
    if (!periods.contains(p.code())) periods.add(p.code());
    Map<String, Object> params = new HashMap<>();
    params.put("period", p.code());
    params.put("periods", periods);
    if (team != null) params.put("team", team);
    String sql =
        "select u.id as user_id, u.name,"
            + " coalesce(max(case when st.period = :period then st.amount end),"
            + " sum(case when st.period <> :period then st.amount end)) as amount"
            + " from sales_target st join app_user u on u.id = st.user_id"
            + " where st.period in (:periods)"
            + (team == null ? "" : " and u.team_id = :team")
            + " group by u.id, u.name";
    Map<Long, UserTarget> byUser = new LinkedHashMap<>();
    for (UserTarget t : Rows.select(em, UserTarget.class, sql, params)) byUser.put(t.userId(), t);
    return byUser;
  }

  /** A user's target for the period (a quarter without its own row: its months' sum). */
  private record UserTarget(long userId, String name, BigDecimal amount) {}

  private static BigDecimal money(Object o) {
    return (o instanceof BigDecimal b ? b : new BigDecimal(o.toString()))
        .setScale(2, RoundingMode.HALF_UP);
  }
}
