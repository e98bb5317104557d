package io.pareto.attention;

import io.pareto.activity.CadenceRule;
import io.pareto.common.Page;
import io.pareto.decisionmap.DecisionMapService;
import io.pareto.pipeline.forecast.ForecastDtos.StuckDeal;
import io.pareto.pipeline.forecast.ForecastService;
import io.pareto.pipeline.funnel.PipelineFilter;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What needs a look across the caller's accounts and deals (docs/method.md §12: the manager steers
 * by exception): the account-level items from one ranked SQL page, then the stuck deals, each with
 * owner, account and link.
 */
@ApplicationScoped
public class AttentionService {
  private final AttentionQueries queries;
  private final DecisionMapService maps;
  private final ForecastService forecast;
  private final CadenceRule cadence;
  private final Caller caller;
  private final int weakMapScore;

  public AttentionService(
      AttentionQueries queries,
      DecisionMapService maps,
      ForecastService forecast,
      CadenceRule cadence,
      Caller caller,
      @ConfigProperty(name = "pareto.attention.weak-map-score", defaultValue = "50")
          int weakMapScore) {
    this.queries = queries;
    this.maps = maps;
    this.forecast = forecast;
    this.cadence = cadence;
    this.caller = caller;
    this.weakMapScore = weakMapScore;
  }

  public Page<AttentionItemDto> list(
      Long ownerId, Long teamId, List<AttentionKind> kinds, int page, int size, LocalDate today) {
    Set<AttentionKind> wanted =
        kinds == null || kinds.isEmpty()
            ? EnumSet.allOf(AttentionKind.class)
            : EnumSet.copyOf(kinds);
    Map<String, Object> mapParams = new HashMap<>();
    String keyMaps = maps.keyMapsSql(caller.scope(), mapParams);
    var request =
        new AttentionQueries.Request(
            caller.scope(),
            ownerId,
            teamId,
            wanted,
            today,
            weakMapScore,
            cadence.visitDays(),
            keyMaps,
            mapParams);
    int offset = page * size;
    List<AttentionItemDto> items = new ArrayList<>();
    List<AttentionQueries.AccountLine> rows = queries.page(request, offset, size);
    long accountItems =
        rows.isEmpty()
            ? queries.page(request, 0, 1).stream()
                .findFirst()
                .map(AttentionQueries.AccountLine::total)
                .orElse(0L)
            : rows.get(0).total();
    for (var r : rows) items.add(accountItem(r, today));

    List<StuckDeal> stuck =
        wanted.contains(AttentionKind.STUCK_DEAL)
            ? forecast.stuck(new PipelineFilter(ownerId, teamId, null, null), Instant.now())
            : List.of();
    int from = (int) Math.max(0, offset - accountItems);
    int take = size - items.size();
    List<StuckDeal> onPage =
        from >= stuck.size() || take <= 0
            ? List.of()
            : stuck.subList(from, Math.min(stuck.size(), from + take));
    Map<Long, AttentionQueries.DealLine> accounts = new HashMap<>();
    for (var d : queries.deals(onPage.stream().map(StuckDeal::id).toList()))
      accounts.put(d.dealId(), d);
    for (StuckDeal d : onPage) {
      var a = accounts.get(d.id());
      items.add(
          new AttentionItemDto(
              AttentionKind.STUCK_DEAL,
              a.accountId(),
              a.accountName(),
              d.ownerId(),
              a.ownerName(),
              d.id(),
              d.name(),
              d.stage(),
              d.amount(),
              null,
              null,
              d.daysInStage(),
              d.thresholdDays(),
              null,
              "/opportunities/" + d.id()));
    }
    return new Page<>(items, page, size, accountItems + stuck.size());
  }

  private static AttentionItemDto accountItem(AttentionQueries.AccountLine r, LocalDate today) {
    AttentionKind kind = r.kind();
    long accountId = r.accountId();
    Integer n = r.n();
    LocalDate date = r.itemDate();
    Integer score = kind == AttentionKind.WEAK_MAP ? n : null;
    Integer count =
        kind == AttentionKind.OVERDUE_COMMITMENTS || kind == AttentionKind.STALE_MAP ? n : null;
    Double days =
        kind == AttentionKind.NOT_VISITED && date != null
            ? (double) ChronoUnit.DAYS.between(date, today)
            : null;
    Double threshold = kind == AttentionKind.NOT_VISITED && n != null ? n.doubleValue() : null;
    String link =
        switch (kind) {
          case WEAK_MAP, STALE_MAP -> "/accounts/" + accountId + "?tab=decision-map";
          case KEY_WITHOUT_PLAN -> "/accounts/" + accountId + "?tab=plan";
          default -> "/accounts/" + accountId;
        };
    return new AttentionItemDto(
        kind,
        accountId,
        r.accountName(),
        r.ownerId(),
        r.ownerName(),
        null,
        null,
        null,
        null,
        score,
        count,
        days,
        threshold,
        date,
        link);
  }
}
