package io.pareto.review;

import io.pareto.security.AccountScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.List;
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

  /** total, done, decided per cycle over the caller's scope: one GROUP BY. */
  @SuppressWarnings("unchecked")
  public List<Object[]> progress(AccountScope scope, List<Long> cycleIds) {
    if (cycleIds.isEmpty()) return List.of();
    Query q =
        getEntityManager()
            .createNativeQuery(
                "select r.cycle_id, count(*), "
                    + "sum(case when r.status <> 'PENDING' then 1 else 0 end), "
                    + "sum(case when r.status in ('ACCEPTED', 'REJECTED') then 1 else 0 end) "
                    + "from key_account_review r join account a on a.id = r.account_id "
                    + "where r.cycle_id in (:ids) and "
                    + scope.sql("a")
                    + " group by r.cycle_id")
            .setParameter("ids", cycleIds);
    scope.params().forEach(q::setParameter);
    return q.getResultList();
  }

  /**
   * The worksheet of a cycle in one statement: per visible review its account, owner and the
   * figures to score against (revenue and gross profit of the 12 months from :since, open pipeline,
   * won since :sinceI). Columns: review id, account name, category, owner id, owner name, revenue,
   * gross profit, open deals, open amount, won, relationship stage.
   */
  @SuppressWarnings("unchecked")
  public List<Object[]> worksheet(AccountScope scope, long cycleId, java.time.LocalDate since) {
    String inCycle = "(select rc.account_id from key_account_review rc where rc.cycle_id = :c)";
    Query q =
        getEntityManager()
            .createNativeQuery(
                "select r.id, a.name, a.category, a.owner_id, ow.name,"
                    + " coalesce(f.rev, 0), coalesce(f.gp, 0), coalesce(op.n, 0), coalesce(op.amount, 0), coalesce(w.amount, 0),"
                    + " a.relationship_stage"
                    + " from key_account_review r join account a on a.id = r.account_id left join app_user ow on ow.id = a.owner_id"
                    + " left join (select account_id, sum(revenue) rev, sum(gross_profit) gp from account_fact"
                    + "  where fact_month >= :since and account_id in "
                    + inCycle
                    + " group by account_id) f on f.account_id = a.id"
                    + " left join (select account_id, count(*) n, sum(amount) amount from opportunity"
                    + "  where stage in ('LEAD', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION') and account_id in "
                    + inCycle
                    + "  group by account_id) op on op.account_id = a.id"
                    + " left join (select o.account_id, sum(o.amount) amount from opportunity o where o.account_id in "
                    + inCycle
                    + "  and o.id in (select sc.opportunity_id from stage_change sc where sc.to_stage = 'WON' and sc.changed_at >= :sinceI)"
                    + "  group by o.account_id) w on w.account_id = a.id"
                    + " where r.cycle_id = :c and "
                    + scope.sql("a")
                    + " order by a.name, r.id")
            .setParameter("c", cycleId)
            .setParameter("since", since)
            .setParameter("sinceI", since.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    scope.params().forEach(q::setParameter);
    return q.getResultList();
  }
}
