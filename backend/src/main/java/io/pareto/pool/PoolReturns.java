package io.pareto.pool;

import io.pareto.account.AccountLocks;
import io.pareto.account.Category;
import io.pareto.audit.AuditTrail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The return job (回收): accounts whose owner logged no activity for longer than the 回收规则 of the
 * owner's team allows go back to that team's pool. Set-based, a batch of accounts per transaction
 * in a fixed number of statements; each batch first takes the row lock of pool_job_lock, so when
 * several instances (or two runs) share the database their batches queue and each account moves
 * once: a batch selects only accounts that still have an owner after the previous batch committed.
 */
@ApplicationScoped
public class PoolReturns {
  static final int BATCH = 500;

  private final EntityManager em;
  private final PoolRules rules;
  private final AccountLocks locks;
  private final AuditTrail audit;

  public PoolReturns(EntityManager em, PoolRules rules, AccountLocks locks, AuditTrail audit) {
    this.em = em;
    this.rules = rules;
    this.locks = locks;
    this.audit = audit;
  }

  /**
   * Returns what is due on {@code asOf}: an account whose owner has had it since before {@code asOf
   * - N days} and logged no activity on it on or after that day.
   *
   * @param onlyTeam only accounts whose owner is in this team; null: all
   * @return how many accounts it returned
   */
  public int run(LocalDate asOf, Long onlyTeam) {
    int total = 0;
    while (true) {
      int n = QuarkusTransaction.requiringNew().call(() -> batch(asOf, onlyTeam));
      total += n;
      if (n < BATCH) return total;
    }
  }

  @SuppressWarnings("unchecked")
  private int batch(LocalDate asOf, Long onlyTeam) {
    em.createNativeQuery("select name from pool_job_lock where name = 'return' for update")
        .getResultList();
    Map<String, Object> params = new HashMap<>();
    String due = due(asOf, onlyTeam, params);
    if (due == null) return 0;
    var pick =
        em.createNativeQuery(
            "select a.id from account a join app_user u on u.id = a.owner_id where "
                + due
                + " order by a.id fetch first "
                + BATCH
                + " rows only");
    params.forEach(pick::setParameter);
    List<Long> ids = ((List<Number>) pick.getResultList()).stream().map(Number::longValue).toList();
    if (ids.isEmpty()) return 0;
    locks.lock(ids);
    // judged again under the account locks: an owner's activity or a hand-over just now wins
    var recheck =
        em.createNativeQuery(
            "select a.id from account a join app_user u on u.id = a.owner_id where a.id in (:ids)"
                + " and "
                + due);
    params.forEach(recheck::setParameter);
    recheck.setParameter("ids", ids);
    ids = ((List<Number>) recheck.getResultList()).stream().map(Number::longValue).toList();
    if (ids.isEmpty()) return 0;
    AuditTrail.Stamp st = audit.stamp();
    var at = PoolMoves.utc(st.at());
    em.createNativeQuery(
            "insert into pool_move (account_id, moved_at, move, team_id, from_owner_id, actor)"
                + " select a.id, :at, 'RETURN', u.team_id, a.owner_id, :actor from account a"
                + " join app_user u on u.id = a.owner_id where a.id in (:ids)")
        .setParameter("at", at)
        .setParameter("actor", st.actor())
        .setParameter("ids", ids)
        .executeUpdate();
    // the OWNER_CHANGE event AuditTrail.updated writes, built in SQL: {"ownerId":[7,null],...}
    em.createNativeQuery(
            "insert into audit_event (occurred_at, actor, entity_type, entity_id, account_id,"
                + " action, changes, request_id) select :at, :actor, 'ACCOUNT',"
                + " cast(a.id as varchar(20)), a.id, '"
                + AuditTrail.OWNER_CHANGE
                + "', '{\"ownerId\":[' || cast(a.owner_id as varchar(20)) || ',null],"
                + "\"ownerName\":[\"' || replace(replace(u.name, '\\', '\\\\'), '\"', '\\\"')"
                + " || '\",null]}', :rid from account a join app_user u on u.id = a.owner_id"
                + " where a.id in (:ids)")
        .unwrap(org.hibernate.query.NativeQuery.class)
        .setParameter("at", at)
        .setParameter("actor", st.actor())
        .setParameter("rid", st.requestId(), String.class)
        .setParameter("ids", ids)
        .executeUpdate();
    return em.createNativeQuery(
            "update account set pool_team_id = (select u.team_id from app_user u where u.id ="
                + " account.owner_id), previous_owner_id = owner_id, pooled_at = :at,"
                + " pool_reason = 'INACTIVE', owner_id = null, owner_since = null,"
                + " claimed_at = null, updated_at = :at, version = version + 1"
                + " where id in (:ids)")
        .setParameter("at", at)
        .setParameter("ids", ids)
        .executeUpdate();
  }

  /**
   * "Due" as SQL over account {@code a} and its owner {@code u}: one term per rule and category
   * with a number of days. A team with its own rule is judged by it alone; every other team (and an
   * owner without one) by the default.
   */
  private String due(LocalDate asOf, Long onlyTeam, Map<String, Object> params) {
    List<String> terms = new ArrayList<>();
    int i = 0;
    for (PoolRuleDto r : rules.all()) {
      String team =
          r.teamId() == null
              ? "(u.team_id is null or u.team_id not in"
                  + " (select pr.team_id from pool_rule pr where pr.team_id is not null))"
              : "u.team_id = :team" + i;
      if (r.teamId() != null) params.put("team" + i, r.teamId());
      for (Category c : Category.values()) {
        var days = PoolRules.days(r, c);
        if (days.isEmpty()) continue;
        LocalDate since = asOf.minusDays(days.get());
        String k = i + "_" + c.ordinal();
        terms.add(
            "("
                + team
                + " and a.category = '"
                + c.name()
                + "' and coalesce(a.owner_since, a.created_at) < :at"
                + k
                + " and not exists (select 1 from activity v where v.account_id = a.id"
                + " and v.owner_id = a.owner_id and v.occurred_on >= :day"
                + k
                + "))");
        params.put("at" + k, since.atStartOfDay().atOffset(ZoneOffset.UTC));
        params.put("day" + k, since);
      }
      i++;
    }
    if (terms.isEmpty()) return null;
    String out = "a.owner_id is not null and (" + String.join(" or ", terms) + ")";
    if (onlyTeam != null) {
      out += " and u.team_id = :onlyTeam";
      params.put("onlyTeam", onlyTeam);
    }
    return out;
  }
}
