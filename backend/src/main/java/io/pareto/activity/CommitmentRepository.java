package io.pareto.activity;

import io.pareto.common.Rows;
import io.pareto.security.AccountScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
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
  private record SideCounts(
      CommitmentSide side, long kept, long broken, long openNow, long overdue) {}

  public List<PromisesKeptDto> promisesKept(long accountId, LocalDate asOf) {
    List<SideCounts> rows =
        Rows.select(
            getEntityManager(),
            SideCounts.class,
            """
            select side,
                   sum(case when status = 'KEPT' then 1 else 0 end) as kept,
                   sum(case when status = 'BROKEN' then 1 else 0 end) as broken,
                   sum(case when status = 'OPEN' then 1 else 0 end) as open_now,
                   sum(case when status = 'OPEN' and due_on < :asOf then 1 else 0 end) as overdue
              from commitment
             where account_id = :acc
             group by side""",
            Map.of("acc", accountId, "asOf", asOf));
    Map<CommitmentSide, PromisesKeptDto> bySide = new EnumMap<>(CommitmentSide.class);
    for (CommitmentSide s : CommitmentSide.values())
      bySide.put(s, new PromisesKeptDto(s, 0, 0, 0, 0, null));
    for (SideCounts r : rows) {
      bySide.put(
          r.side(),
          new PromisesKeptDto(
              r.side(),
              r.kept(),
              r.broken(),
              r.openNow(),
              r.overdue(),
              PromisesKeptDto.rate(r.kept(), r.broken())));
    }
    return List.copyOf(bySide.values());
  }

  /** An open commitment or plan action with its owner (our assignee, else the account manager). */
  record DueLine(
      String type,
      long id,
      long accountId,
      String accountName,
      CommitmentSide side,
      String description,
      LocalDate dueOn,
      Long ownerId,
      String ownerName) {
    DueItemDto item(LocalDate asOf) {
      long late = ChronoUnit.DAYS.between(dueOn, asOf);
      return new DueItemDto(
          type, id, accountId, accountName, side, description, dueOn, late > 0, late);
    }
  }

  /** Open commitments and plan actions due on or before {@code until}, by owner then due date. */
  public List<DueLine> due(AccountScope scope, Long ownerId, LocalDate until) {
    Map<String, Object> params = new HashMap<>(scope.params());
    params.put("until", until);
    if (ownerId != null) params.put("owner", ownerId);
    String sql =
        """
        select d.type, d.id, d.account_id, a.name as account_name, d.side, d.description,
               d.due_on, coalesce(d.owner, a.owner_id) as owner_id, u.name as owner_name
          from (select 'COMMITMENT' as type, c.id, c.account_id, c.side, c.description,
                       c.due_on, c.owner_id as owner
                  from commitment c
                 where c.status = 'OPEN' and c.due_on <= :until
                union all
                select 'PLAN_ACTION', pa.id, p.account_id, 'US', pa.what, pa.due_on, pa.owner_id
                  from plan_action pa
                  join account_plan p on p.id = pa.plan_id
                 where pa.status in ('OPEN', 'IN_PROGRESS') and p.status = 'ACTIVE'
                   and pa.due_on <= :until) d
          join account a on a.id = d.account_id
          left join app_user u on u.id = coalesce(d.owner, a.owner_id)
         where %s%s
         order by coalesce(d.owner, a.owner_id), d.due_on, d.id"""
            .formatted(
                scope.sql("a"),
                ownerId == null ? "" : " and coalesce(d.owner, a.owner_id) = :owner");
    return Rows.select(getEntityManager(), DueLine.class, sql, params);
  }
}
