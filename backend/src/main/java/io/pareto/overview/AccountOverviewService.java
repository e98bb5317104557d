package io.pareto.overview;

import io.pareto.account.Account;
import io.pareto.account.AccountService;
import io.pareto.classification.ClassificationExplanations;
import io.pareto.classification.ExplanationDto;
import io.pareto.competitor.CompetitorPresenceService;
import io.pareto.decisionmap.DecisionMapDto;
import io.pareto.decisionmap.DecisionMapService;
import io.pareto.overview.AccountOverviewDto.ActivityLine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Account 360: category and why, plan status, decision-map score and gaps, open pipeline,
 * activities, overdue promises and competitors — a constant number of statements per call.
 */
@ApplicationScoped
public class AccountOverviewService {
  private final AccountService accounts;
  private final ClassificationExplanations explanations;
  private final DecisionMapService decisionMaps;
  private final CompetitorPresenceService competitors;
  private final AccountOverviewQueries queries;

  public AccountOverviewService(
      AccountService accounts,
      ClassificationExplanations explanations,
      DecisionMapService decisionMaps,
      CompetitorPresenceService competitors,
      AccountOverviewQueries queries) {
    this.accounts = accounts;
    this.explanations = explanations;
    this.decisionMaps = decisionMaps;
    this.competitors = competitors;
    this.queries = queries;
  }

  /** One account's overview (404 if not visible); every block is one or a fixed few statements. */
  public AccountOverviewDto overview(long accountId) {
    Account a = accounts.requireVisible(accountId);
    LocalDate today = LocalDate.now();
    ExplanationDto e = explanations.explain(accountId);
    DecisionMapDto map = decisionMaps.map(accountId, null, null);
    List<ActivityLine> last = new ArrayList<>();
    List<ActivityLine> next = new ArrayList<>();
    for (var r : queries.activities(accountId, today)) {
      (r.planned() ? next : last).add(r.line());
    }
    return new AccountOverviewDto(
        a.id,
        a.name,
        a.owner == null ? null : a.owner.id,
        new AccountOverviewDto.Classification(
            e.category(), e.source(), e.score(), e.why(), e.whatWouldChange()),
        queries.plan(accountId, today),
        new AccountOverviewDto.DecisionMap(map.score(), map.gaps().stream().limit(3).toList()),
        queries.openPipeline(accountId),
        last,
        next,
        queries.overdueCommitments(accountId, today),
        competitors.forAccount(accountId));
  }
}
