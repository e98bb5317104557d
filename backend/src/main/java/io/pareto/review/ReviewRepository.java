package io.pareto.review;

import io.pareto.account.Category;
import io.pareto.common.Rows;
import io.pareto.security.AccountScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<KeyAccountReview, Long> {

  public Optional<KeyAccountReview> findVisible(AccountScope scope, long id) {
    var q =
        getEntityManager()
            .createQuery(
                "select r from KeyAccountReview r, Account a where a.id = r.accountId "
                    + "and r.id = :id and "
                    + scope.jpql("a"),
                KeyAccountReview.class)
            .setParameter("id", id);
    scope.params().forEach(q::setParameter);
    return q.getResultStream().findFirst();
  }

  public List<KeyAccountReview> inCycle(AccountScope scope, long cycleId) {
    var q =
        getEntityManager()
            .createQuery(
                "select r from KeyAccountReview r, Account a where a.id = r.accountId "
                    + "and r.cycleId = :c and "
                    + scope.jpql("a")
                    + " order by a.name, r.id",
                KeyAccountReview.class)
            .setParameter("c", cycleId);
    scope.params().forEach(q::setParameter);
    return q.getResultList();
  }

  public List<KeyAccountReview> forAccount(long accountId) {
    return list("accountId = ?1 order by period desc, id desc", accountId);
  }

  public boolean exists(long accountId, String period) {
    return count("accountId = ?1 and period = ?2", accountId, period) > 0;
  }

  /**
   * One set-based INSERT: a PENDING review for every visible KEY account not yet reviewed for the
   * period.
   */
  public int openFor(AccountScope scope, long cycleId, String period, List<String> categories) {
    Query q =
        getEntityManager()
            .createNativeQuery(
                "insert into key_account_review (cycle_id, account_id, period, "
                    + "status, created_at, updated_at, version) select :cycle, a.id, :period, 'PENDING', current_timestamp, "
                    + "current_timestamp, 0 from account a where a.category in (:cats) and "
                    + scope.sql("a")
                    + " and not exists (select 1 from key_account_review r where r.account_id = a.id and r.period = :period)")
            .setParameter("cycle", cycleId)
            .setParameter("period", period)
            .setParameter("cats", categories);
    scope.params().forEach(q::setParameter);
    return q.executeUpdate();
  }

  /** A cycle's visible reviews: all, done (not PENDING), decided (ACCEPTED or REJECTED). */
  public record Progress(long cycleId, long total, long done, long decided) {}

  public List<Progress> progress(AccountScope scope, List<Long> cycleIds) {
    if (cycleIds.isEmpty()) return List.of();
    Map<String, Object> params = new HashMap<>(scope.params());
    params.put("ids", cycleIds);
    return Rows.select(
        getEntityManager(),
        Progress.class,
        """
        select r.cycle_id, count(*) as total,
               sum(case when r.status <> 'PENDING' then 1 else 0 end) as done,
               sum(case when r.status in ('ACCEPTED', 'REJECTED') then 1 else 0 end) as decided
          from key_account_review r
          join account a on a.id = r.account_id
         where r.cycle_id in (:ids) and %s
         group by r.cycle_id"""
            .formatted(scope.sql("a")),
        params);
  }

  /** One review's account, owner and the figures to score against. */
  public record WorksheetLine(
      long reviewId,
      String accountName,
      Category category,
      Long ownerId,
      String ownerName,
      BigDecimal revenue12,
      BigDecimal grossProfit12,
      long openDeals,
      BigDecimal openPipeline,
      BigDecimal won12,
      String relationshipStage) {}

  /**
   * The worksheet of a cycle in one statement: per visible review its account, owner and the
   * figures to score against (revenue and gross profit of the 12 months from :since, open pipeline,
   * won since :sinceI). The figures are grouped over the cycle's accounts only (not CTEs: H2 caches
   * their results across executions with other parameters).
   */
  public List<WorksheetLine> worksheet(AccountScope scope, long cycleId, LocalDate since) {
    Map<String, Object> params = new HashMap<>(scope.params());
    params.put("c", cycleId);
    params.put("since", since);
    params.put("sinceI", since.atStartOfDay(ZoneOffset.UTC).toInstant());
    return Rows.select(
        getEntityManager(),
        WorksheetLine.class,
        """
        select r.id as review_id, a.name as account_name, a.category, a.owner_id,
               ow.name as owner_name, coalesce(f.rev, 0) as revenue12,
               coalesce(f.gp, 0) as gross_profit12, coalesce(op.n, 0) as open_deals,
               coalesce(op.amount, 0) as open_pipeline, coalesce(w.amount, 0) as won12,
               a.relationship_stage
          from key_account_review r
          join account a on a.id = r.account_id
          left join app_user ow on ow.id = a.owner_id
          left join (select account_id, sum(revenue) rev, sum(gross_profit) gp
                       from account_fact
                      where fact_month >= :since and account_id in (%2$s)
                      group by account_id) f on f.account_id = a.id
          left join (select account_id, count(*) n, sum(amount) amount
                       from opportunity
                      where stage in ('LEAD', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION')
                        and account_id in (%2$s)
                      group by account_id) op on op.account_id = a.id
          left join (select o.account_id, sum(o.amount) amount
                       from opportunity o
                      where o.account_id in (%2$s)
                        and o.id in (select sc.opportunity_id from stage_change sc
                                      where sc.to_stage = 'WON' and sc.changed_at >= :sinceI)
                      group by o.account_id) w on w.account_id = a.id
         where r.cycle_id = :c and %1$s
         order by a.name, r.id"""
            .formatted(
                scope.sql("a"),
                "select rc.account_id from key_account_review rc where rc.cycle_id = :c"),
        params);
  }
}
