package io.pareto.pool;

import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers.TestUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/** Pool test data: a team's own 回收规则, accounts owned long ago, categories set by hand. */
@ApplicationScoped
public class PoolFixtures {
  private final EntityManager em;

  public PoolFixtures(EntityManager em) {
    this.em = em;
  }

  /** The team's first own rule: TARGET returns after {@code targetDays}. */
  static void rule(TestUser admin, long team, Integer targetDays, Integer normalDays, int limit) {
    Map<String, Object> body = new HashMap<>();
    body.put("targetDays", targetDays);
    body.put("normalDays", normalDays);
    body.put("claimLimit", limit);
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/v1/pool/rules/teams/" + team)
        .then()
        .statusCode(200);
  }

  /** An account owned by {@code owner} for {@code daysAgo} days. */
  long owned(TestUser admin, TestUser owner, String name, int daysAgo) {
    var body = Fixtures.account(name);
    body.put("ownerId", owner.id());
    long id = Fixtures.createAccount(admin, body).getLong("id");
    backdate(id, daysAgo);
    return id;
  }

  @Transactional
  public void backdate(long accountId, int daysAgo) {
    Instant then = Instant.now().minus(daysAgo, ChronoUnit.DAYS);
    em.createNativeQuery("update account set owner_since = :t, created_at = :t where id = :id")
        .setParameter("t", then)
        .setParameter("id", accountId)
        .executeUpdate();
  }

  @Transactional
  public void category(long accountId, String category) {
    em.createNativeQuery("update account set category = :c where id = :id")
        .setParameter("c", category)
        .setParameter("id", accountId)
        .executeUpdate();
  }

  @Transactional
  public long count(String sql, long accountId) {
    return ((Number) em.createNativeQuery(sql).setParameter("a", accountId).getSingleResult())
        .longValue();
  }

  /** Rows of pool_move and OWNER_CHANGE audit events of one account. */
  long moves(long accountId, String move) {
    return count(
        "select count(*) from pool_move where account_id = :a and move = '" + move + "'",
        accountId);
  }

  long ownerChanges(long accountId) {
    return count(
        "select count(*) from audit_event where account_id = :a and action = 'OWNER_CHANGE'",
        accountId);
  }
}
