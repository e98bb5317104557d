package io.pareto.activity;

import io.pareto.security.AccountScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class CommitmentRepository implements PanacheRepositoryBase<Commitment, Long> {

  public Optional<Commitment> findVisible(AccountScope scope, long id) {
    var q =
        getEntityManager()
            .createQuery(
                "select c from Commitment c, Account a where a.id = c.accountId "
                    + "and c.id = :id and "
                    + scope.jpql("a"),
                Commitment.class)
            .setParameter("id", id);
    scope.params().forEach(q::setParameter);
    return q.getResultStream().findFirst();
  }

  public List<Commitment> forAccount(long accountId, CommitmentSide side, CommitmentStatus status) {
    StringBuilder jpql = new StringBuilder("from Commitment c where c.accountId = :acc");
    Map<String, Object> p = new HashMap<>(Map.of("acc", accountId));
    if (side != null) {
      jpql.append(" and c.side = :side");
      p.put("side", side);
    }
    if (status != null) {
      jpql.append(" and c.status = :status");
      p.put("status", status);
    }
    var q =
        getEntityManager()
            .createQuery(jpql + " order by c.dueOn nulls last, c.id", Commitment.class);
    p.forEach(q::setParameter);
    return q.getResultList();
  }

  public List<Commitment> forPlan(long planId) {
    return list("planId = ?1 order by side, dueOn nulls last, id", planId);
  }

  public List<Commitment> forActivities(Collection<Long> activityIds) {
    if (activityIds.isEmpty()) return List.of();
    return list("activityId in ?1 order by id", activityIds);
  }

  /** Kept / broken / open / overdue per side for one account: one GROUP BY. */
  @SuppressWarnings("unchecked")
  public List<PromisesKeptDto> promisesKept(long accountId, LocalDate asOf) {
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select side, "
                    + "sum(case when status = 'KEPT' then 1 else 0 end), sum(case when status = 'BROKEN' then 1 else 0 end), "
                    + "sum(case when status = 'OPEN' then 1 else 0 end), "
                    + "sum(case when status = 'OPEN' and due_on < :asOf then 1 else 0 end) "
                    + "from commitment where account_id = :acc group by side")
            .setParameter("acc", accountId)
            .setParameter("asOf", asOf)
            .getResultList();
    Map<CommitmentSide, PromisesKeptDto> bySide = new EnumMap<>(CommitmentSide.class);
    for (CommitmentSide s : CommitmentSide.values())
      bySide.put(s, new PromisesKeptDto(s, 0, 0, 0, 0, null));
    for (Object[] r : rows) {
      long kept = n(r[1]), broken = n(r[2]);
      CommitmentSide s = CommitmentSide.valueOf((String) r[0]);
      bySide.put(
          s,
          new PromisesKeptDto(
              s, kept, broken, n(r[3]), n(r[4]), PromisesKeptDto.rate(kept, broken)));
    }
    return List.copyOf(bySide.values());
  }

  /**
   * Open commitments and plan actions due on or before {@code until}, with their owner (our
   * assignee, else the account manager), ordered by owner then due date.
   */
  @SuppressWarnings("unchecked")
  public List<Object[]> due(AccountScope scope, Long ownerId, LocalDate until) {
    String sql =
        "select d.type, d.id, d.account_id, a.name, d.side, d.description, d.due_on, coalesce(d.owner, a.owner_id), u.name "
            + "from (select 'COMMITMENT' as type, c.id, c.account_id, c.side, c.description, c.due_on, c.owner_id as owner "
            + "      from commitment c where c.status = 'OPEN' and c.due_on <= :until "
            + "      union all select 'PLAN_ACTION', pa.id, p.account_id, 'US', pa.what, pa.due_on, pa.owner_id "
            + "      from plan_action pa join account_plan p on p.id = pa.plan_id "
            + "      where pa.status in ('OPEN', 'IN_PROGRESS') and p.status = 'ACTIVE' and pa.due_on <= :until) d "
            + "join account a on a.id = d.account_id "
            + "left join app_user u on u.id = coalesce(d.owner, a.owner_id) "
            + "where "
            + scope.sql("a")
            + (ownerId == null ? "" : " and coalesce(d.owner, a.owner_id) = :owner")
            + " order by coalesce(d.owner, a.owner_id), d.due_on, d.id";
    Query q = getEntityManager().createNativeQuery(sql).setParameter("until", until);
    if (ownerId != null) q.setParameter("owner", ownerId);
    scope.params().forEach(q::setParameter);
    return q.getResultList();
  }

  static DueItemDto dueItem(Object[] r, LocalDate asOf) {
    LocalDate due = ActivityRepository.toDate(r[6]);
    long late = ChronoUnit.DAYS.between(due, asOf);
    return new DueItemDto(
        (String) r[0],
        n(r[1]),
        n(r[2]),
        (String) r[3],
        CommitmentSide.valueOf((String) r[4]),
        (String) r[5],
        due,
        late > 0,
        late);
  }

  static long n(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }
}
