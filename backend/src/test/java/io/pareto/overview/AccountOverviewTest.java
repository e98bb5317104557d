package io.pareto.overview;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.activity.ActivityFixtures;
import io.pareto.plan.PlanFixtures;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountOverviewTest {
  @Inject TestUsers users;
  @Inject EntityManagerFactory emf;

  @Test
  void overviewUsesTheSameNumberOfStatementsForAnEmptyAndABusyAccount() {
    TestUser rep = users.create(Role.REP);
    LocalDate today = LocalDate.now();
    long empty = Fixtures.accountId(rep, "空客户");
    long busy = Fixtures.accountId(rep, "忙客户");
    for (int i = 0; i < 4; i++)
      Fixtures.contactId(rep, busy, "联系人" + i, i % 2 == 0 ? "DECISION" : "USER");
    Fixtures.opportunityId(rep, busy, "一期", "100000.00");
    Fixtures.opportunityId(rep, busy, "二期", "250000.00");
    PlanFixtures.createPlan(
        rep,
        busy,
        today.withDayOfYear(1).toString(),
        today.withDayOfYear(1).plusYears(1).minusDays(1).toString());
    for (int i = 1; i <= 5; i++) {
      ActivityFixtures.log(
          rep,
          busy,
          ActivityFixtures.visitWith(
              today.minusDays(i * 7L),
              List.of(ActivityFixtures.promise("CUSTOMER", "承诺 " + i, today.minusDays(i)))));
    }
    ActivityFixtures.log(rep, busy, ActivityFixtures.activity("MEETING", today.plusDays(4)));
    long competitor =
        Api.as(users.create(Role.ADMIN))
            .body(Map.of("name", "对手 " + System.nanoTime(), "tier", "EQUAL"))
            .post("/api/v1/competitors")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Api.as(rep)
        .body(Map.of("competitorId", competitor, "product", "旧系统"))
        .post("/api/v1/accounts/" + busy + "/competitors")
        .then()
        .statusCode(201);

    long small =
        statements(
            () ->
                Api.as(rep)
                    .get("/api/v1/accounts/" + empty + "/overview")
                    .then()
                    .statusCode(200)
                    .body("plan.status", equalTo("NONE"))
                    .body("openPipeline", hasSize(0)));
    long large =
        statements(
            () ->
                Api.as(rep)
                    .get("/api/v1/accounts/" + busy + "/overview")
                    .then()
                    .statusCode(200)
                    .body("classification.category", equalTo("TARGET"))
                    .body("plan.status", equalTo("ACTIVE"))
                    .body("openPipeline[0].stage", equalTo("LEAD"))
                    .body("openPipeline[0].count", equalTo(2))
                    .body("openPipeline[0].amount", equalTo(350000.00f))
                    .body("lastActivities", hasSize(3))
                    .body("lastActivities[0].occurredOn", equalTo(today.minusDays(7).toString()))
                    .body("nextActivities", hasSize(1))
                    .body("nextActivities[0].kind", equalTo("MEETING"))
                    .body("overdueCommitments", hasSize(5))
                    .body("overdueCommitments[0].description", equalTo("承诺 5"))
                    .body("competitors[0].product", equalTo("旧系统")));
    assertEquals(small, large, "the overview must not issue statements per row");

    Api.as(users.create(Role.REP))
        .get("/api/v1/accounts/" + busy + "/overview")
        .then()
        .statusCode(404);
  }

  private long statements(Runnable call) {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    call.run();
    return stats.getPrepareStatementCount();
  }
}
