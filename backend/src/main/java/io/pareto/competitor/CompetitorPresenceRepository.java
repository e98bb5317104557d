package io.pareto.competitor;

import io.pareto.common.Rows;
import io.pareto.pipeline.Stage;
import io.pareto.security.AccountScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Presence and deal-competitor queries; every one is scoped through the account. */
@ApplicationScoped
public class CompetitorPresenceRepository
    implements PanacheRepositoryBase<CompetitorPresence, Long> {

  public Optional<CompetitorPresence> findVisible(AccountScope scope, long id) {
    var q =
        getEntityManager()
            .createQuery(
                "select p from CompetitorPresence p, Account a where a.id = p.accountId "
                    + "and p.id = :id and "
                    + scope.jpql("a"),
                CompetitorPresence.class)
            .setParameter("id", id);
    scope.params().forEach(q::setParameter);
    return q.getResultStream().findFirst();
  }

  public List<PresenceDto> forAccount(long accountId) {
    return getEntityManager()
        .createQuery(
            "select new io.pareto.competitor.PresenceDto(p.id, p.accountId, c.id, c.name, "
                + "c.tier, p.product, p.installedSince, p.satisfaction, p.competitorRep, p.repRelationship, p.notes, p.version) "
                + "from CompetitorPresence p, Competitor c where c.id = p.competitorId and p.accountId = :acc "
                + "order by c.name, p.product",
            PresenceDto.class)
        .setParameter("acc", accountId)
        .getResultList();
  }

  public Optional<DealCompetitor> findDealVisible(AccountScope scope, long id) {
    var q =
        getEntityManager()
            .createQuery(
                "select d from DealCompetitor d, Opportunity o join o.account a "
                    + "where o.id = d.opportunityId and d.id = :id and "
                    + scope.jpql("a"),
                DealCompetitor.class)
            .setParameter("id", id);
    scope.params().forEach(q::setParameter);
    return q.getResultStream().findFirst();
  }

  public List<DealCompetitorDto> forOpportunity(long opportunityId) {
    return getEntityManager()
        .createQuery(
            """
            select d as deal, c.name as name, o.stage as stage
              from DealCompetitor d, Competitor c, Opportunity o
             where c.id = d.competitorId and o.id = d.opportunityId and d.opportunityId = :opp
             order by c.name""",
            Tuple.class)
        .setParameter("opp", opportunityId)
        .getResultStream()
        .map(
            r ->
                dealDto(
                    r.get("deal", DealCompetitor.class),
                    r.get("name", String.class),
                    r.get("stage", Stage.class)))
        .toList();
  }

  static DealCompetitorDto dealDto(DealCompetitor d, String name, Stage stage) {
    return new DealCompetitorDto(
        d.id,
        d.opportunityId,
        d.competitorId,
        name,
        stage,
        DealCompetitorDto.outcome(stage),
        d.tookDeal,
        d.notes,
        d.version);
  }

  /** Accounts (visible to the caller) where the competitor is installed. */
  public List<FootprintDto.Installed> installedAt(AccountScope scope, long competitorId) {
    Map<String, Object> params = new HashMap<>(scope.params());
    params.put("c", competitorId);
    return Rows.select(
        getEntityManager(),
        FootprintDto.Installed.class,
        """
        select a.id as account_id, a.name as account_name, p.product, p.installed_since,
               p.satisfaction
          from competitor_presence p
          join account a on a.id = p.account_id
         where p.competitor_id = :c and %s
         order by a.name, p.product"""
            .formatted(scope.sql("a")),
        params);
  }

  /** Deals against the competitor over visible accounts. */
  public record DealCounts(long total, long openDeals, long won, long lost, long lostToIt) {}

  /** Deals against the competitor: total, open, won, lost, lost to it — one aggregate. */
  public DealCounts dealCounts(AccountScope scope, long competitorId) {
    Map<String, Object> params = new HashMap<>(scope.params());
    params.put("c", competitorId);
    return Rows.select(
            getEntityManager(),
            DealCounts.class,
            """
            select count(*) as total,
                   coalesce(sum(case when o.stage in ('LEAD', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION')
                                     then 1 else 0 end), 0) as open_deals,
                   coalesce(sum(case when o.stage in ('WON', 'COLLECTED') then 1 else 0 end), 0)
                     as won,
                   coalesce(sum(case when o.stage = 'LOST' then 1 else 0 end), 0) as lost,
                   coalesce(sum(case when o.stage = 'LOST' and d.took_deal then 1 else 0 end), 0)
                     as lost_to_it
              from deal_competitor d
              join opportunity o on o.id = d.opportunity_id
              join account a on a.id = o.account_id
             where d.competitor_id = :c and %s"""
                .formatted(scope.sql("a")),
            params)
        .get(0);
  }
}
