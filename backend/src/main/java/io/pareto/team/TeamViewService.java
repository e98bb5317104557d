package io.pareto.team;

import io.pareto.common.ProblemException;
import io.pareto.decisionmap.DecisionMapService;
import io.pareto.pipeline.forecast.ForecastDtos.StuckDeal;
import io.pareto.pipeline.forecast.ForecastService;
import io.pareto.pipeline.funnel.PipelineFilter;
import io.pareto.security.Caller;
import io.pareto.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The team view (docs/method.md §12, the manager's weekly look at the team): one row per rep,
 * figures scoped to the caller.
 */
@ApplicationScoped
public class TeamViewService {
  private final TeamViewQueries queries;
  private final DecisionMapService maps;
  private final ForecastService forecast;
  private final Caller caller;
  private final AttainmentBasis basis;
  private final int weakMapScore;

  public TeamViewService(
      TeamViewQueries queries,
      DecisionMapService maps,
      ForecastService forecast,
      Caller caller,
      @ConfigProperty(name = "pareto.targets.basis", defaultValue = "WON") AttainmentBasis basis,
      @ConfigProperty(name = "pareto.attention.weak-map-score", defaultValue = "50")
          int weakMapScore) {
    this.queries = queries;
    this.maps = maps;
    this.forecast = forecast;
    this.caller = caller;
    this.basis = basis;
    this.weakMapScore = weakMapScore;
  }

  public AttainmentBasis basis() {
    return basis;
  }

  /**
   * A manager sees their own team (asking for another is 403); an admin or read-only user any team,
   * or everyone when {@code teamId} is null.
   */
  public TeamViewDto view(Long teamId, String period, LocalDate today) {
    TargetPeriod p = TargetPeriod.parse(period);
    Long team = resolveTeam(teamId);
    Map<String, Object> mapParams = new HashMap<>();
    String keyMaps = maps.keyMapsSql(caller.scope(), mapParams);
    List<TeamViewQueries.RepLine> rows =
        queries.rows(
            new TeamViewQueries.Request(
                caller.scope(), team, p, basis, today, weakMapScore, keyMaps, mapParams));
    Map<Long, Long> stuck = new HashMap<>();
    for (StuckDeal d : forecast.stuck(new PipelineFilter(null, team, null, null), Instant.now())) {
      if (d.ownerId() != null) stuck.merge(d.ownerId(), 1L, Long::sum);
    }
    List<TeamViewDto.RepRow> reps = new ArrayList<>();
    Totals total = new Totals();
    for (TeamViewQueries.RepLine r : rows) {
      BigDecimal target = r.target() == null ? null : money(r.target());
      BigDecimal achieved = money(r.achieved());
      TeamViewDto.Figures f =
          new TeamViewDto.Figures(
              r.keyAccounts(),
              r.normalAccounts(),
              r.targetAccounts(),
              r.lostAccounts(),
              r.keyWithoutPlan(),
              r.keyWeakMap(),
              r.openDeals(),
              money(r.openPipeline()),
              money(r.weightedPipeline()),
              achieved,
              target,
              attainment(achieved, target),
              r.visits30d(),
              r.overdueOurs(),
              r.overdueTheirs(),
              stuck.getOrDefault(r.userId(), 0L));
      reps.add(new TeamViewDto.RepRow(r.userId(), r.userName(), r.teamId(), r.teamName(), f));
      total.add(f);
    }
    return new TeamViewDto(
        p.code(), p.start(), p.end(), team, basis, weakMapScore, reps, total.figures());
  }

  /**
   * The team a request is about: a manager's own; any (or all, null) for admins and read-only
   * users.
   */
  Long resolveTeam(Long teamId) {
    if (caller.hasRole(Role.ADMIN) || caller.hasRole(Role.READONLY)) return teamId;
    Long own = caller.teamId();
    if (own == null)
      throw ProblemException.forbidden("the team view needs a manager with a team", null);
    if (teamId != null && !Objects.equals(teamId, own)) {
      throw ProblemException.forbidden("a manager sees their own team only", null);
    }
    return own;
  }

  /** achieved ÷ target in percent, two decimals; null without a positive target. */
  static BigDecimal attainment(BigDecimal achieved, BigDecimal target) {
    if (target == null || target.signum() <= 0) return null;
    return achieved.multiply(BigDecimal.valueOf(100)).divide(target, 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal money(BigDecimal b) {
    return b.setScale(2, RoundingMode.HALF_UP);
  }

  private static final class Totals {
    long[] n = new long[12];
    BigDecimal open = BigDecimal.ZERO.setScale(2);
    BigDecimal weighted = BigDecimal.ZERO.setScale(2);
    BigDecimal achieved = BigDecimal.ZERO.setScale(2);
    BigDecimal target;

    void add(TeamViewDto.Figures f) {
      long[] v = {
        f.keyAccounts(),
        f.normalAccounts(),
        f.targetAccounts(),
        f.lostAccounts(),
        f.keyWithoutPlan(),
        f.keyWeakMap(),
        f.openDeals(),
        f.visits30d(),
        f.overdueOurs(),
        f.overdueTheirs(),
        f.stuckDeals()
      };
      for (int i = 0; i < v.length; i++) n[i] += v[i];
      open = open.add(f.openPipeline());
      weighted = weighted.add(f.weightedPipeline());
      achieved = achieved.add(f.achieved());
      if (f.target() != null) target = target == null ? f.target() : target.add(f.target());
    }

    TeamViewDto.Figures figures() {
      return new TeamViewDto.Figures(
          n[0],
          n[1],
          n[2],
          n[3],
          n[4],
          n[5],
          n[6],
          open,
          weighted,
          achieved,
          target,
          attainment(achieved, target),
          n[7],
          n[8],
          n[9],
          n[10]);
    }
  }
}
