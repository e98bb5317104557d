package io.pareto.competitor;

import io.pareto.pipeline.Stage;
import io.pareto.security.AccountScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
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
    List<Object[]> rows =
        getEntityManager()
            .createQuery(
                "select d, c.name, o.stage from DealCompetitor d, Competitor c, "
                    + "Opportunity o where c.id = d.competitorId and o.id = d.opportunityId and d.opportunityId = :opp "
                    + "order by c.name",
                Object[].class)
            .setParameter("opp", opportunityId)
            .getResultList();
    List<DealCompetitorDto> out = new ArrayList<>();
    for (Object[] r : rows) out.add(dealDto((DealCompetitor) r[0], (String) r[1], (Stage) r[2]));
    return out;
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
  @SuppressWarnings("unchecked")
  public List<FootprintDto.Installed> installedAt(AccountScope scope, long competitorId) {
    Query q =
        getEntityManager()
            .createNativeQuery(
                "select a.id, a.name, p.product, p.installed_since, p.satisfaction "
                    + "from competitor_presence p join account a on a.id = p.account_id where p.competitor_id = :c and "
                    + scope.sql("a")
                    + " order by a.name, p.product")
            .setParameter("c", competitorId);
    scope.params().forEach(q::setParameter);
    List<FootprintDto.Installed> out = new ArrayList<>();
    for (Object[] r : (List<Object[]>) q.getResultList()) {
      out.add(
          new FootprintDto.Installed(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (String) r[2],
              r[3] == null
                  ? null
                  : r[3] instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) r[3],
              r[4] == null ? null : ((Number) r[4]).shortValue()));
    }
    return out;
  }

  /** Deals against the competitor: total, open, won, lost, lost to it — one aggregate. */
  public long[] dealCounts(AccountScope scope, long competitorId) {
    Query q =
        getEntityManager()
            .createNativeQuery(
                "select count(*), "
                    + "coalesce(sum(case when o.stage in ('LEAD', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION') then 1 else 0 end), 0), "
                    + "coalesce(sum(case when o.stage in ('WON', 'COLLECTED') then 1 else 0 end), 0), "
                    + "coalesce(sum(case when o.stage = 'LOST' then 1 else 0 end), 0), "
                    + "coalesce(sum(case when o.stage = 'LOST' and d.took_deal then 1 else 0 end), 0) "
                    + "from deal_competitor d join opportunity o on o.id = d.opportunity_id join account a on a.id = o.account_id "
                    + "where d.competitor_id = :c and "
                    + scope.sql("a"))
            .setParameter("c", competitorId);
    scope.params().forEach(q::setParameter);
    Object[] r = (Object[]) q.getSingleResult();
    long[] out = new long[5];
    for (int i = 0; i < 5; i++) out[i] = ((Number) r[i]).longValue();
    return out;
  }
}
