package io.pareto.team;

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
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamViewTest {
  @Inject TestUsers users;
  @Inject EntityManager em;
  @Inject EntityManagerFactory emf;

  /**
   * This quarter ("2026-Q4") and its first two months, so stage changes made now fall inside it.
   */
  static String quarter() {
    LocalDate d = LocalDate.now();
    return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
  }

  static String month(int index) {
    return YearMonth.from(TargetPeriod.parse(quarter()).start()).plusMonths(index).toString();
  }

  @Test
  void oneRowPerRepWithHandComputedFiguresAndAttainment() {
    long team = users.team("华东");
    TestUser manager = users.create(Role.MANAGER, team);
    TestUser r1 = users.create(Role.REP, team);
    TestUser r2 = users.create(Role.REP, team);
    TestUser elsewhere = users.create(Role.REP, users.team("华北"));
    LocalDate today = LocalDate.now();

    long a1 = Fixtures.accountId(r1, "甲一");
    long a2 = Fixtures.accountId(r1, "甲二");
    long a3 = Fixtures.accountId(r1, "甲三");
    long b1 = Fixtures.accountId(r2, "乙一");
    Fixtures.accountId(elsewhere, "丙一");
    sql("update account set category = 'KEY' where id in (" + a1 + ", " + a2 + ")");
    sql("update account set category = 'NORMAL' where id = " + a3);
    PlanFixtures.createPlan(r1, a1, today.minusDays(10).toString(), today.plusDays(200).toString());

    Fixtures.opportunityId(r1, a1, "一期", "100000.00"); // LEAD 10 % → 10,000.00
    long d2 = Fixtures.opportunityId(r1, a1, "二期", "200000.00"); // PROPOSAL 50 % → 100,000.00
    long d3 = Fixtures.opportunityId(r1, a2, "三期", "300000.00"); // WON now → achieved
    Fixtures.opportunityId(r2, b1, "乙期", "50000.00"); // LEAD 10 % → 5,000.00
    sql("update opportunity set stage = 'PROPOSAL' where id = " + d2);
    won(d3);

    ActivityFixtures.log(
        r1,
        a3,
        ActivityFixtures.visitWith(
            today.minusDays(3),
            List.of(
                ActivityFixtures.promise("US", "发方案", today.minusDays(1)),
                ActivityFixtures.promise("CUSTOMER", "给预算", today.minusDays(2)))));
    Map<String, Object> old =
        new java.util.HashMap<>(ActivityFixtures.activity("VISIT", today.minusDays(40)));
    old.put("noCommitmentReason", "首次拜访");
    ActivityFixtures.log(r1, a3, old); // outside the 30 days

    target(manager, r1.id(), quarter(), "400000.00");
    target(
        manager, r2.id(), month(0), "100000.00"); // the quarter without its own row = Σ its months
    target(manager, r2.id(), month(1), "150000.00");
    target(
        manager,
        r2.id(),
        YearMonth.from(TargetPeriod.parse(quarter()).start()).minusMonths(1).toString(),
        "999.00");

    long statements =
        statements(
            () ->
                view(manager, null)
                    .body("reps.userId", contains((int) manager.id(), (int) r1.id(), (int) r2.id()))
                    .body("reps[0].figures.target", nullValue())
                    .body("reps[0].figures.attainment", nullValue())
                    .body("reps[1].figures.keyAccounts", equalTo(2))
                    .body("reps[1].figures.normalAccounts", equalTo(1))
                    .body("reps[1].figures.keyWithoutPlan", equalTo(1))
                    .body("reps[1].figures.keyWeakMap", equalTo(2))
                    .body("reps[1].figures.openDeals", equalTo(2))
                    .body("reps[1].figures.openPipeline", equalTo(300000.00f))
                    .body("reps[1].figures.weightedPipeline", equalTo(110000.00f))
                    .body("reps[1].figures.achieved", equalTo(300000.00f))
                    .body("reps[1].figures.target", equalTo(400000.00f))
                    .body("reps[1].figures.attainment", equalTo(75.00f))
                    .body("reps[1].figures.visits30d", equalTo(1))
                    .body("reps[1].figures.overdueOurs", equalTo(1))
                    .body("reps[1].figures.overdueTheirs", equalTo(1))
                    .body("reps[2].figures.targetAccounts", equalTo(1))
                    .body("reps[2].figures.target", equalTo(250000.00f))
                    .body("reps[2].figures.attainment", equalTo(0.00f))
                    .body("total.openPipeline", equalTo(350000.00f))
                    .body("total.weightedPipeline", equalTo(115000.00f))
                    .body("total.target", equalTo(650000.00f))
                    // 300,000 ÷ 650,000 = 46.1538… %
                    .body("total.attainment", equalTo(46.15f)));

    // More reps, accounts and deals: the same number of statements.
    TestUser r3 = users.create(Role.REP, team);
    for (int i = 0; i < 3; i++) {
      long a = Fixtures.accountId(r3, "丁" + i);
      Fixtures.opportunityId(r3, a, "丁期" + i, "1000.00");
    }
    long more =
        statements(
            () ->
                view(manager, null)
                    .body("reps", hasSize(4))
                    .body("reps[3].figures.openDeals", equalTo(3)));
    assertEquals(statements, more, "the team view must not issue statements per rep or account");

    // The month view sees only that month's target.
    Api.as(manager)
        .queryParam("period", month(1))
        .get("/api/v1/team-view")
        .then()
        .statusCode(200)
        .body("reps[2].figures.target", equalTo(150000.00f));
  }

  @Test
  void managersSeeTheirOwnTeamOnlyAndAdminsAnyTeam() {
    long team = users.team("华南");
    long other = users.team("西南");
    TestUser manager = users.create(Role.MANAGER, team);
    TestUser rep = users.create(Role.REP, team);
    users.create(Role.REP, other);
    Api.as(manager)
        .queryParam("period", quarter())
        .queryParam("teamId", other)
        .get("/api/v1/team-view")
        .then()
        .statusCode(403);
    Api.as(rep).queryParam("period", quarter()).get("/api/v1/team-view").then().statusCode(403);
    view(users.create(Role.ADMIN), team)
        .statusCode(200)
        .body("teamId", equalTo((int) team))
        .body("reps.userId", contains((int) manager.id(), (int) rep.id()));
    Api.as(manager)
        .queryParam("period", "2026-Q5")
        .get("/api/v1/team-view")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("period"));
  }

  private ValidatableResponse view(TestUser as, Long teamId) {
    var req = Api.as(as).queryParam("period", quarter());
    if (teamId != null) req = req.queryParam("teamId", teamId);
    return req.get("/api/v1/team-view").then().statusCode(200);
  }

  static void target(TestUser as, long userId, String period, String amount) {
    Api.as(as)
        .body(Map.of("userId", userId, "period", period, "amount", amount))
        .post("/api/v1/targets")
        .then()
        .statusCode(201)
        .body("period", equalTo(period));
  }

  private void won(long dealId) {
    sql("update opportunity set stage = 'WON' where id = " + dealId);
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "insert into stage_change (opportunity_id,"
                            + " from_stage, to_stage, changed_at, recorded_at) values (:o, 'NEGOTIATION', 'WON', :t, :t)")
                    .setParameter("o", dealId)
                    .setParameter("t", Instant.now())
                    .executeUpdate());
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
