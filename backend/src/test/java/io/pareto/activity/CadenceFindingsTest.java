package io.pareto.activity;

import static io.pareto.activity.ActivityFixtures.activity;
import static io.pareto.activity.ActivityFixtures.log;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.pareto.account.Category;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CadenceFindingsTest {
  @Inject TestUsers users;
  @Inject AccountCategories categories;

  @Test
  void keyAccountsNotVisitedWithinThirtyDaysAreFindings() {
    LocalDate today = LocalDate.now();
    TestUser rep = users.create(Role.REP);
    long stale = Fixtures.accountId(rep, "久未拜访 " + System.nanoTime());
    long fresh = Fixtures.accountId(rep, "刚拜访");
    long never = Fixtures.accountId(rep, "从未拜访");
    long normal = Fixtures.accountId(rep, "常规客户");
    for (long id : List.of(stale, fresh, never)) categories.set(id, Category.KEY);
    categories.set(normal, Category.NORMAL);
    visit(rep, stale, today.minusDays(45));
    log(rep, stale, activity("CALL", today.minusDays(2))); // a call is not a visit
    visit(rep, fresh, today.minusDays(5));

    Api.as(rep)
        .get("/api/v1/activities/cadence-findings")
        .then()
        .statusCode(200)
        .body("accountId", equalTo(List.of((int) never, (int) stale)))
        .body("[0].lastVisitOn", nullValue())
        .body("[0].message", equalTo("KEY account never visited"))
        .body("[1].daysSinceVisit", equalTo(45))
        .body("[1].ruleDays", equalTo(30))
        .body("[1].message", equalTo("KEY account not visited in 45 days"));
    Api.as(rep)
        .get("/api/v1/activities/cadence-findings?asOf=" + today.minusDays(40))
        .then()
        .statusCode(200)
        .body("accountId", containsInAnyOrder((int) fresh, (int) never));
    Api.as(users.create(Role.REP))
        .get("/api/v1/activities/cadence-findings")
        .then()
        .statusCode(200)
        .body("", hasSize(0));
  }

  private static void visit(TestUser rep, long account, LocalDate on) {
    Map<String, Object> v = activity("VISIT", on);
    v.put("noCommitmentReason", "礼节性拜访");
    log(rep, account, v);
  }
}
