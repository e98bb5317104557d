package io.pareto.attention;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.activity.ActivityFixtures;
import io.pareto.plan.PlanFixtures;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttentionTest {
  @Inject TestUsers users;
  @Inject EntityManager em;
  @Inject EntityManagerFactory emf;

  @Test
  void rankedItemsWithOwnerAccountAndLinkInConstantStatements() {
    TestUser rep = users.create(Role.REP);
    TestUser other = users.create(Role.REP);
    LocalDate today = LocalDate.now();
    long k1 = Fixtures.accountId(rep, "A 甲");
    long k2 = Fixtures.accountId(rep, "B 乙");
    long lost = Fixtures.accountId(rep, "C 丙");
    Fixtures.accountId(rep, "D 丁"); // TARGET, no cadence rule: nothing to say
    long foreign = Fixtures.accountId(other, "E 戊");
    sql(
        "update account set category = 'KEY' where id in ("
            + k1
            + ", "
            + k2
            + ", "
            + foreign
            + ")");
    sql("update account set category = 'LOST' where id = " + lost);
    PlanFixtures.createPlan(
        rep, k2, today.minusDays(10).toString(), today.plusDays(200).toString());
    ActivityFixtures.log(
        rep,
        k2,
        ActivityFixtures.visitWith(
            today.minusDays(3),
            List.of(
                ActivityFixtures.promise("US", "发方案", today.minusDays(1)),
                ActivityFixtures.promise("CUSTOMER", "给预算", today.plusDays(10))))); // not yet due
    long deal = Fixtures.opportunityId(rep, k2, "二期", "80000.00");
    // No stage history to take a median from: stuck after 14 days.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery("update opportunity set stage_changed_at = :t where id = :id")
                    .setParameter("t", Instant.now().minusSeconds(60L * 86_400))
                    .setParameter("id", deal)
                    .executeUpdate());

    long statements =
        statements(
            () ->
                Api.as(rep)
                    .get("/api/v1/attention")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(7))
                    .body(
                        "items.kind",
                        contains(
                            "KEY_WITHOUT_PLAN",
                            "WEAK_MAP",
                            "WEAK_MAP",
                            "OVERDUE_COMMITMENTS",
                            "NOT_VISITED",
                            "LOST_WITHOUT_REASON",
                            "STUCK_DEAL"))
                    .body(
                        "items.accountId",
                        contains(
                            (int) k1, (int) k1, (int) k2, (int) k2, (int) k1, (int) lost, (int) k2))
                    .body("items[0].ownerId", equalTo((int) rep.id()))
                    .body("items[0].ownerName", equalTo("REP 测试"))
                    .body("items[0].link", equalTo("/accounts/" + k1 + "?tab=plan"))
                    .body(
                        "items[1].score",
                        equalTo(10)) // no contacts: only "no resistant decision maker" scores
                    .body("items[3].count", equalTo(1))
                    .body("items[3].date", equalTo(today.minusDays(1).toString()))
                    .body("items[4].days", nullValue())
                    .body("items[4].thresholdDays", equalTo(30.0f))
                    .body("items[6].dealId", equalTo((int) deal))
                    .body("items[6].accountName", equalTo("B 乙"))
                    .body("items[6].stage", equalTo("LEAD"))
                    .body("items[6].amount", equalTo(80000.00f))
                    .body("items[6].days", equalTo(60.0f))
                    .body("items[6].link", equalTo("/opportunities/" + deal)));

    // The second page continues across the account items into the stuck deals.
    Api.as(rep)
        .queryParam("page", 1)
        .queryParam("size", 4)
        .get("/api/v1/attention")
        .then()
        .statusCode(200)
        .body("items.kind", contains("NOT_VISITED", "LOST_WITHOUT_REASON", "STUCK_DEAL"))
        .body("total", equalTo(7));
    Api.as(rep)
        .queryParam("kind", "WEAK_MAP")
        .queryParam("kind", "STUCK_DEAL")
        .get("/api/v1/attention")
        .then()
        .statusCode(200)
        .body("items.kind", contains("WEAK_MAP", "WEAK_MAP", "STUCK_DEAL"));

    for (int i = 0; i < 3; i++) {
      long a = Fixtures.accountId(rep, "F 己" + i);
      sql("update account set category = 'KEY' where id = " + a);
    }
    long more =
        statements(
            () ->
                Api.as(rep)
                    .get("/api/v1/attention")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(16))
                    .body("items", hasSize(16)));
    assertEquals(statements, more, "needs attention must not issue statements per account");

    // An admin filters by owner and sees the same account items.
    Api.as(users.create(Role.ADMIN))
        .queryParam("ownerId", rep.id())
        .queryParam("kind", "LOST_WITHOUT_REASON")
        .get("/api/v1/attention")
        .then()
        .statusCode(200)
        .body("items.accountId", contains((int) lost));
  }

  private void sql(String statement) {
    QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
  }

  private long statements(Runnable call) {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    call.run();
    return stats.getPrepareStatementCount();
  }
}
