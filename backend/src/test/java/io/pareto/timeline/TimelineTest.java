package io.pareto.timeline;

import static io.pareto.pipeline.PipelineFixtures.at;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.activity.ActivityFixtures;
import io.pareto.pipeline.PipelineFixtures;
import io.pareto.pipeline.Stage;
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
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineTest {
  @Inject TestUsers users;
  @Inject PipelineFixtures deals;
  @Inject TimelineFixtures fixtures;
  @Inject EntityManagerFactory emf;

  @Test
  void oneListOfVisitsStageChangesCategoryChangesAndPlanChangesNewestFirst() {
    TestUser rep = users.create(Role.REP);
    long account = Fixtures.accountId(rep, "时间线客户 " + System.nanoTime());
    // Day 10 created in LEAD, day 20 QUALIFIED (2025-01-11, 2025-01-21).
    long deal =
        deals.deal(
            account,
            rep.id(),
            "500000.00",
            null,
            null,
            at(10, Stage.LEAD),
            at(20, Stage.QUALIFIED));
    var visit =
        ActivityFixtures.visitWith(
            LocalDate.parse("2025-01-15"),
            List.of(ActivityFixtures.promise("CUSTOMER", "提供采购计划", LocalDate.parse("2025-02-01"))));
    visit.put("opportunityId", deal);
    visit.put("outcome", "确认二期范围");
    ActivityFixtures.log(rep, account, visit);
    fixtures.categoryChange(account, "TARGET", "NORMAL", PipelineFixtures.day(30));
    fixtures.categoryChange(
        account, "NORMAL", "NORMAL", PipelineFixtures.day(31)); // no change: not an event
    PlanFixtures.createPlan(rep, account, "2026-01-01", "2026-12-31"); // now, so newest

    String path = "/api/v1/accounts/" + account + "/timeline";
    Api.as(rep)
        .get(path)
        .then()
        .statusCode(200)
        .body("total", equalTo(5))
        .body("items", hasSize(5))
        .body(
            "items.kind",
            equalTo(
                List.of(
                    "PLAN_CHANGE",
                    "CLASSIFICATION_CHANGE",
                    "STAGE_CHANGE",
                    "ACTIVITY",
                    "STAGE_CHANGE")))
        .body("items[0].subtype", equalTo("ACCOUNT_PLAN"))
        .body("items[0].detail", equalTo("CREATE"))
        .body("items[1].from", equalTo("TARGET"))
        .body("items[1].to", equalTo("NORMAL"))
        .body("items[1].at", equalTo("2025-01-31T00:00:00Z"))
        .body("items[2].from", equalTo("LEAD"))
        .body("items[2].to", equalTo("QUALIFIED"))
        .body("items[2].opportunityId", equalTo((int) deal))
        .body("items[2].opportunityName", equalTo("fixture 500000.00"))
        .body("items[3].subtype", equalTo("VISIT"))
        .body("items[3].title", equalTo("二期方案交流"))
        .body("items[3].detail", equalTo("确认二期范围"))
        .body("items[3].opportunityId", equalTo((int) deal))
        .body("items[3].at", equalTo("2025-01-15T00:00:00Z"))
        .body("items[4].from", nullValue())
        .body("items[4].to", equalTo("LEAD"));

    // Paged in the database; the total stays the whole count, also past the end.
    Api.as(rep)
        .get(path + "?page=1&size=2")
        .then()
        .statusCode(200)
        .body("total", equalTo(5))
        .body("items.kind", equalTo(List.of("STAGE_CHANGE", "ACTIVITY")));
    Api.as(rep)
        .get(path + "?page=9&size=2")
        .then()
        .statusCode(200)
        .body("total", equalTo(5))
        .body("items", hasSize(0));

    Api.as(users.create(Role.REP)).get(path).then().statusCode(404);
    Api.as(users.create(Role.READONLY)).get(path).then().statusCode(200).body("total", equalTo(5));
  }

  @Test
  void statementsDoNotGrowWithTheNumberOfEvents() {
    TestUser rep = users.create(Role.REP);
    long quiet = Fixtures.accountId(rep, "安静客户 " + System.nanoTime());
    long busy = Fixtures.accountId(rep, "繁忙客户 " + System.nanoTime());
    for (int i = 0; i < 6; i++) {
      deals.deal(
          busy,
          rep.id(),
          "1000" + i + ".00",
          null,
          null,
          at(i, Stage.LEAD),
          at(i + 1, Stage.PROPOSAL));
      ActivityFixtures.log(
          rep, busy, ActivityFixtures.activity("CALL", LocalDate.parse("2025-03-01").plusDays(i)));
    }
    long small =
        statements(
            () ->
                Api.as(rep)
                    .get("/api/v1/accounts/" + quiet + "/timeline")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(0)));
    long large =
        statements(
            () ->
                Api.as(rep)
                    .get("/api/v1/accounts/" + busy + "/timeline")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(18)));
    assertEquals(small, large, "the timeline must not issue statements per event");
  }

  private long statements(Runnable call) {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    call.run();
    return stats.getPrepareStatementCount();
  }
}
