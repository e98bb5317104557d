package io.pareto.pipeline;

import io.pareto.account.Account;
import io.pareto.account.AccountService;
import io.pareto.audit.AuditTrail;
import io.pareto.common.ETags;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.ProblemException;
import io.pareto.common.RetriedOnContention;
import io.pareto.dataset.Dataset;
import io.pareto.dataset.Tombstones;
import io.pareto.pipeline.history.StageHistory;
import io.pareto.pipeline.history.StageSummaries;
import io.pareto.security.AccountScope;
import io.pareto.security.Caller;
import io.pareto.security.OwnerPolicy;
import io.pareto.security.Role;
import io.pareto.user.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
@RetriedOnContention
public class OpportunityService {
  private final Tombstones tombstones;
  private final OpportunityRepository opportunities;
  private final AccountService accounts;
  private final Caller caller;
  private final AuditTrail audit;
  private final OwnerPolicy ownerPolicy;
  private final StageHistory history;
  private final StageSummaries summaries;
  private static final ProjectInfoDto EMPTY_PROJECT =
      new ProjectInfoDto(null, null, null, false, null, null, null, null);

  public OpportunityService(
      OpportunityRepository opportunities,
      AccountService accounts,
      Caller caller,
      AuditTrail audit,
      OwnerPolicy ownerPolicy,
      StageHistory history,
      StageSummaries summaries,
      Tombstones tombstones) {
    this.history = history;
    this.summaries = summaries;
    this.tombstones = tombstones;
    this.opportunities = opportunities;
    this.accounts = accounts;
    this.caller = caller;
    this.audit = audit;
    this.ownerPolicy = ownerPolicy;
  }

  public Page<OpportunityDto> list(OpportunityFilter filter, PageRequest page) {
    return opportunities.page(caller.scope(), filter, page).map(this::dto);
  }

  /** Kanban support: totals per stage computed in the database plus each column's first deals. */
  public BoardDto board(OpportunityFilter filter, int size) {
    AccountScope scope = caller.scope();
    Map<Stage, OpportunityRepository.StageTotal> totals = new EnumMap<>(Stage.class);
    opportunities.boardTotals(scope, filter).forEach(t -> totals.put(t.stage(), t));
    List<Opportunity> deals = opportunities.boardDeals(scope, filter, size);
    return new BoardDto(
        Arrays.stream(Stage.values())
            .map(
                s -> {
                  var t = totals.get(s);
                  return new BoardDto.Column(
                      s,
                      t == null ? 0 : t.deals(),
                      (t == null ? BigDecimal.ZERO : t.amount()).setScale(2),
                      deals.stream().filter(o -> o.stage == s).map(this::dto).toList());
                })
            .toList());
  }

  public Optional<OpportunityDto> get(long id) {
    return opportunities.findVisible(caller.scope(), id).map(this::dto);
  }

  /**
   * Creates a deal in an open stage (LEAD by default) and records that stage as its first history
   * row.
   */
  @Transactional
  public OpportunityDto create(OpportunityInput in) {
    Opportunity o = new Opportunity();
    Stage initial = in.stage() == null ? Stage.LEAD : in.stage();
    if (!initial.isOpen()) {
      throw ProblemException.badRequest(
          "stage", "a new deal starts in an open stage; close it with a transition");
    }
    o.stage = initial;
    apply(o, in);
    if (o.owner == null && caller.userId() != null)
      o.owner = opportunities.getEntityManager().find(AppUser.class, caller.userId());
    o.stageChangedAt = Instant.now();
    opportunities.persistAndFlush(o);
    history.record(o.id, null, initial, o.stageChangedAt, caller.name(), null, null, false);
    OpportunityDto dto = dto(o);
    audit.created("OPPORTUNITY", o.id, o.account.id, dto);
    return dto;
  }

  @Transactional
  public OpportunityDto replace(long id, long expectedVersion, OpportunityInput in) {
    Opportunity o = require(id);
    ETags.check(expectedVersion, o.version);
    OpportunityDto before = dto(o);
    if (in.stage() != null && in.stage() != o.stage) {
      throw ProblemException.conflict(
          "stage cannot be changed by an update; POST /api/v1/opportunities/"
              + id
              + "/transitions {\"to\": \""
              + in.stage()
              + "\"}");
    }
    apply(o, in);
    opportunities.flush();
    // the funnel's summary row carries the amount (V86)
    if (o.amount.compareTo(before.amount()) != 0) summaries.refresh(o.id);
    OpportunityDto after = dto(o);
    audit.updated("OPPORTUNITY", o.id, o.account.id, before, after);
    return after;
  }

  public OpportunityInput currentInput(long id) {
    return OpportunityInput.of(require(id));
  }

  @Transactional
  public void delete(long id, long expectedVersion) {
    Opportunity o = require(id);
    ETags.check(expectedVersion, o.version);
    audit.deleted("OPPORTUNITY", o.id, o.account.id, dto(o));
    tombstones.record(Dataset.OPPORTUNITIES, o.id);
    opportunities.delete(o);
  }

  /** The forecast category is the owner's call; managers and admins may correct it. */
  private void requireOwnerOrManager(Opportunity o) {
    boolean owner = o.owner == null || o.owner.id.equals(caller.userId());
    if (!owner && !caller.hasRole(Role.MANAGER) && !caller.hasRole(Role.ADMIN)) {
      throw ProblemException.forbidden(
          "only the deal's owner may override its forecast category", null);
    }
  }

  private OpportunityDto dto(Opportunity o) {
    return OpportunityDto.of(o, StageRules.mayReopen(caller));
  }

  Opportunity require(long id) {
    return opportunities
        .findVisible(caller.scope(), id)
        .orElseThrow(() -> ProblemException.notFound("Opportunity", id));
  }

  private void apply(Opportunity o, OpportunityInput in) {
    if (in.externalId() != null) {
      opportunities
          .findByExternalId(in.externalId())
          .filter(x -> !x.id.equals(o.id))
          .ifPresent(
              x -> {
                throw ProblemException.conflict(
                    "externalId: '" + in.externalId() + "' is already used by opportunity " + x.id);
              });
    }
    Account account;
    try {
      account = accounts.requireVisible(in.accountId());
    } catch (ProblemException e) {
      throw ProblemException.badRequest(
          "accountId", "account " + in.accountId() + " does not exist");
    }
    o.externalId = in.externalId();
    o.account = account;
    o.name = in.name().trim();
    o.amount = in.amount();
    if (in.forecastCategory() != o.forecastCategory) requireOwnerOrManager(o);
    o.forecastCategory = in.forecastCategory();
    (in.project() == null ? EMPTY_PROJECT : in.project()).applyTo(o.project);
    o.expectedCloseDate = in.expectedCloseDate();
    if (in.ownerId() != null) {
      AppUser owner =
          Optional.ofNullable(opportunities.getEntityManager().find(AppUser.class, in.ownerId()))
              .orElseThrow(
                  () ->
                      ProblemException.badRequest(
                          "ownerId", "user " + in.ownerId() + " does not exist"));
      ownerPolicy.checkAssign(
          "ownerId",
          o.id == null,
          o.id == null ? caller.userId() : o.owner == null ? null : o.owner.id,
          owner.id);
      o.owner = owner;
    }
  }
}
