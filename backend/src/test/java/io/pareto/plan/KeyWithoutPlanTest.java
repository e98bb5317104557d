package io.pareto.plan;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.pareto.account.Category;
import io.pareto.activity.AccountCategories;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The analytics KEY health check "without an account plan" (docs/method.md §2) now reads account
 * plans.
 */
@QuarkusTest
class KeyWithoutPlanTest {
  @Inject TestUsers users;
  @Inject AccountCategories categories;

  @Test
  void aKeyAccountLeavesTheCheckOnceItHasAnActivePlan() {
    TestUser rep = users.create(Role.REP);
    long key = Fixtures.accountId(rep, "无计划大客户");
    categories.set(key, Category.KEY);
    Api.as(rep)
        .get("/api/v1/analytics/categories")
        .then()
        .statusCode(200)
        .body("keyHealth.withoutAccountPlan.count", equalTo(1))
        .body("keyHealth.withoutAccountPlan.accounts.id", hasItem((int) key));
    int year = LocalDate.now().getYear();
    PlanFixtures.createPlan(rep, key, year + "-01-01", year + "-12-31");
    Api.as(rep)
        .get("/api/v1/analytics/categories")
        .then()
        .statusCode(200)
        .body("keyHealth.withoutAccountPlan.count", equalTo(0));
  }
}
