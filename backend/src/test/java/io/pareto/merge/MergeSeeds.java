package io.pareto.merge;

import io.pareto.support.Api;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Accounts with children of every kind a merge moves; plain SQL where the API is slow to drive. */
@ApplicationScoped
public class MergeSeeds {
  static final LocalDate THIS_MONTH = LocalDate.now().withDayOfMonth(1);

  private final EntityManager em;

  MergeSeeds(EntityManager em) {
    this.em = em;
  }

  static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** An account owned by {@code owner}, created through the API (likely duplicates allowed). */
  long account(TestUser as, String name, String region, Long ownerId) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("region", region);
    if (ownerId != null) body.put("ownerId", ownerId);
    return Api.as(as)
        .queryParam("duplicateReason", "merge test")
        .body(body)
        .post("/api/v1/accounts")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  long fact(TestUser as, long account, LocalDate month, String revenue) {
    return Api.as(as)
        .body(
            Map.of(
                "month",
                month.toString().substring(0, 7),
                "revenue",
                revenue,
                "grossProfit",
                "0.00",
                "costToServe",
                "0.00",
                "orderCount",
                1))
        .post("/api/v1/accounts/" + account + "/facts")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** One activity, commitment, concession, ACTIVE plan, competitor presence and pool move. */
  void history(long account, long userId) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              exec(
                  "insert into activity (account_id, owner_id, kind, occurred_on, purpose,"
                      + " created_at, updated_at) values (?1, ?2, 'VISIT', ?3, '拜访', ?4, ?4)",
                  account,
                  userId,
                  LocalDate.now(),
                  now);
              exec(
                  "insert into commitment (account_id, side, kind, description, status,"
                      + " created_at, updated_at) values (?1, 'CUSTOMER', 'FOLLOW_UP', '下次会议',"
                      + " 'OPEN', ?2, ?2)",
                  account,
                  now);
              exec(
                  "insert into concession (account_id, kind, description, granted_on, created_at,"
                      + " updated_at) values (?1, 'DISCOUNT', '九折', ?2, ?3, ?3)",
                  account,
                  LocalDate.now(),
                  now);
              exec(
                  "insert into account_plan (account_id, owner_id, period_start, period_end,"
                      + " status, created_at, updated_at) values (?1, ?2, ?3, ?4, 'ACTIVE', ?5, ?5)",
                  account,
                  userId,
                  THIS_MONTH,
                  THIS_MONTH.plusMonths(11),
                  now);
              exec(
                  "insert into competitor (name, tier, created_at, updated_at)"
                      + " values (?1, 'EQUAL', ?2, ?2)",
                  "竞品 " + tag(),
                  now);
              exec(
                  "insert into competitor_presence (account_id, competitor_id, product, created_at,"
                      + " updated_at) values (?1, (select max(id) from competitor), 'ERP', ?2, ?2)",
                  account,
                  now);
              exec(
                  "insert into pool_move (account_id, moved_at, move, actor)"
                      + " values (?1, ?2, 'CLAIM', 'test')",
                  account,
                  now);
            });
  }

  void teamMember(long account, long userId) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                exec(
                    "insert into account_team_member (account_id, user_id, team_role, created_at)"
                        + " values (?1, ?2, 'SUPPORT', ?3)",
                    account,
                    userId,
                    OffsetDateTime.now(ZoneOffset.UTC)));
  }

  long count(String table, long account) {
    return ((Number)
            em.createNativeQuery("select count(*) from " + table + " where account_id = ?1")
                .setParameter(1, account)
                .getSingleResult())
        .longValue();
  }

  Object one(String sql, Object... params) {
    var q = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) q.setParameter(i + 1, params[i]);
    return q.getSingleResult();
  }

  void exec(String sql, Object... params) {
    var q = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) q.setParameter(i + 1, params[i]);
    q.executeUpdate();
  }
}
