package io.pareto.competitor;

import io.pareto.account.AccountService;
import io.pareto.audit.AuditTrail;
import io.pareto.common.ETags;
import io.pareto.common.ProblemException;
import io.pareto.pipeline.OpportunityDto;
import io.pareto.pipeline.OpportunityService;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Competitors per account (installed products, satisfaction, their rep and that rep's relationship)
 * and per deal (who we meet, who took it), docs/method.md §7; and a competitor's footprint.
 */
@ApplicationScoped
public class CompetitorPresenceService {
  private final CompetitorPresenceRepository presence;
  private final CompetitorService competitors;
  private final AccountService accounts;
  private final OpportunityService opportunities;
  private final Caller caller;
  private final AuditTrail audit;

  public CompetitorPresenceService(
      CompetitorPresenceRepository presence,
      CompetitorService competitors,
      AccountService accounts,
      OpportunityService opportunities,
      Caller caller,
      AuditTrail audit) {
    this.presence = presence;
    this.competitors = competitors;
    this.accounts = accounts;
    this.opportunities = opportunities;
    this.caller = caller;
    this.audit = audit;
  }

  public List<PresenceDto> forAccount(long accountId) {
    accounts.requireVisible(accountId);
    return presence.forAccount(accountId);
  }

  @Transactional
  public PresenceDto add(long accountId, PresenceInput in) {
    accounts.requireVisible(accountId);
    CompetitorPresence p = new CompetitorPresence();
    p.accountId = accountId;
    apply(p, in);
    presence.persistAndFlush(p);
    PresenceDto dto = dto(p);
    audit.created("COMPETITOR_PRESENCE", p.id, accountId, dto);
    return dto;
  }

  @Transactional
  public PresenceDto replace(long id, long expectedVersion, PresenceInput in) {
    CompetitorPresence p = require(id);
    ETags.check(expectedVersion, p.version);
    PresenceDto before = dto(p);
    apply(p, in);
    presence.flush();
    PresenceDto after = dto(p);
    audit.updated("COMPETITOR_PRESENCE", p.id, p.accountId, before, after);
    return after;
  }

  @Transactional
  public void remove(long id, long expectedVersion) {
    CompetitorPresence p = require(id);
    ETags.check(expectedVersion, p.version);
    audit.deleted("COMPETITOR_PRESENCE", p.id, p.accountId, dto(p));
    presence.delete(p);
  }

  public List<DealCompetitorDto> forOpportunity(long opportunityId) {
    requireOpportunity(opportunityId);
    return presence.forOpportunity(opportunityId);
  }

  /** Adds a competitor to a deal; one row per deal and competitor (409 otherwise). */
  @Transactional
  public DealCompetitorDto addToDeal(long opportunityId, DealCompetitorInput in) {
    OpportunityDto o = requireOpportunity(opportunityId);
    CompetitorDto c = requireCompetitor(in.competitorId());
    var em = presence.getEntityManager();
    long dup =
        em.createQuery(
                "select count(d) from DealCompetitor d where d.opportunityId = :o and d.competitorId = :c",
                Long.class)
            .setParameter("o", opportunityId)
            .setParameter("c", in.competitorId())
            .getSingleResult();
    if (dup > 0)
      throw ProblemException.conflict(
          "competitor " + in.competitorId() + " is already in deal " + opportunityId);
    DealCompetitor d = new DealCompetitor();
    d.opportunityId = opportunityId;
    d.competitorId = in.competitorId();
    d.tookDeal = in.tookDeal();
    d.notes = in.notes();
    em.persist(d);
    em.flush();
    DealCompetitorDto dto = CompetitorPresenceRepository.dealDto(d, c.name(), o.stage());
    audit.created("DEAL_COMPETITOR", d.id, o.accountId(), dto);
    return dto;
  }

  @Transactional
  public void removeFromDeal(long id, long expectedVersion) {
    DealCompetitor d =
        presence
            .findDealVisible(caller.scope(), id)
            .orElseThrow(() -> ProblemException.notFound("Deal competitor", id));
    ETags.check(expectedVersion, d.version);
    OpportunityDto o = requireOpportunity(d.opportunityId);
    audit.deleted(
        "DEAL_COMPETITOR",
        d.id,
        o.accountId(),
        CompetitorPresenceRepository.dealDto(
            d, requireCompetitor(d.competitorId).name(), o.stage()));
    presence.getEntityManager().remove(d);
  }

  /**
   * Where the competitor is installed, the deals against it and our win rate, over visible
   * accounts.
   */
  public FootprintDto footprint(long competitorId) {
    CompetitorDto c = requireCompetitor(competitorId);
    var n = presence.dealCounts(caller.scope(), competitorId);
    BigDecimal rate =
        n.won() + n.lost() == 0
            ? null
            : BigDecimal.valueOf(n.won() * 100)
                .divide(BigDecimal.valueOf(n.won() + n.lost()), 2, RoundingMode.HALF_UP);
    return new FootprintDto(
        c.id(),
        c.name(),
        c.tier(),
        presence.installedAt(caller.scope(), competitorId),
        n.total(),
        n.openDeals(),
        n.won(),
        n.lost(),
        n.lostToIt(),
        rate);
  }

  private CompetitorPresence require(long id) {
    return presence
        .findVisible(caller.scope(), id)
        .orElseThrow(() -> ProblemException.notFound("Competitor presence", id));
  }

  private OpportunityDto requireOpportunity(long id) {
    return opportunities.get(id).orElseThrow(() -> ProblemException.notFound("Opportunity", id));
  }

  private CompetitorDto requireCompetitor(long id) {
    return competitors
        .get(id)
        .orElseThrow(
            () ->
                ProblemException.badRequest(
                    "competitorId", "competitor " + id + " does not exist"));
  }

  private void apply(CompetitorPresence p, PresenceInput in) {
    requireCompetitor(in.competitorId());
    p.competitorId = in.competitorId();
    p.product = in.product();
    p.installedSince = in.installedSince();
    p.satisfaction = in.satisfaction();
    p.competitorRep = in.competitorRep();
    p.repRelationship = in.repRelationship();
    p.notes = in.notes();
  }

  private PresenceDto dto(CompetitorPresence p) {
    CompetitorDto c = requireCompetitor(p.competitorId);
    return new PresenceDto(
        p.id,
        p.accountId,
        c.id(),
        c.name(),
        c.tier(),
        p.product,
        p.installedSince,
        p.satisfaction,
        p.competitorRep,
        p.repRelationship,
        p.notes,
        p.version);
  }
}
