package io.pareto.analytics;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.classification.ClassificationFixtures;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pareto, input/output and category analytics, scoped. Facts in 1985-03 (this test's own era): the
 * REP owns R1 (revenue 900) and R2 (100); the admin owns A1 (500), A2 (300), A3 (200).
 */
@QuarkusTest
class AnalyticsTest {
  @Inject TestUsers users;
  @Inject ClassificationFixtures facts;

  @Test
  void paretoAndInputOutputAreScopedAndMatchHandComputedValues() {
    TestUser admin = users.create(Role.ADMIN);
    TestUser rep = users.create(Role.REP);
    LocalDate m = LocalDate.of(1985, 3, 1);
    long r1 = ClassificationFixtures.account(rep, "R1", 1, 1);
    long r2 = ClassificationFixtures.account(rep, "R2", 1, 1);
    long a1 = ClassificationFixtures.account(admin, "A1", 1, 1);
    long a2 = ClassificationFixtures.account(admin, "A2", 1, 1);
    long a3 = ClassificationFixtures.account(admin, "A3", 1, 1);
    // revenue, gross profit (output), cost to serve (input)
    facts.fact(r1, m, "900.00", "90.00", "10.00");
    facts.fact(r2, m, "100.00", "10.00", "50.00");
    facts.fact(a1, m, "500.00", "50.00", "40.00");
    facts.fact(a2, m, "300.00", "30.00", "5.00");
    facts.fact(a3, m, "200.00", "20.00", "30.00");

    // REP sees [900, 100]: top customer alone makes 0.9 ≥ 0.8 → 1 of 2 (0.5); top 20% = ceil(0.4) =
    // 1 → 0.9;
    // Gini asc [100, 900]: 2·(1·100 + 2·900)/(2·1000) − 3/2 = 1.9 − 1.5 = 0.4
    var repCurve =
        Api.as(rep)
            .get("/api/v1/analytics/pareto?metric=revenue&asOf=1985-06-30")
            .then()
            .statusCode(200)
            .body("customerCount", equalTo(2))
            .body("total", equalTo(1000.0f))
            .body("customersFor80Percent", equalTo(1))
            .body("customerShareFor80Percent", equalTo(0.5f))
            .body("top20PercentValueShare", equalTo(0.9f))
            .body("gini", equalTo(0.4f))
            .extract()
            .jsonPath();
    assertEquals(List.of(0f, 0.5f, 1f), repCurve.getList("points.customerShare", Float.class));
    assertEquals(List.of(0f, 0.9f, 1f), repCurve.getList("points.valueShare", Float.class));
    // Admin sees [900, 500, 300, 200, 100] = 2000: cumulative 0.45, 0.70, 0.85 → 3 of 5 (0.6); top
    // 1 → 0.45;
    // Gini: Σ i·x asc = 100 + 400 + 900 + 2000 + 4500 = 7900; 2·7900/(5·2000) − 6/5 = 0.38
    Api.as(admin)
        .get("/api/v1/analytics/pareto?metric=revenue&asOf=1985-06-30")
        .then()
        .statusCode(200)
        .body("customerCount", equalTo(5))
        .body("customersFor80Percent", equalTo(3))
        .body("customerShareFor80Percent", equalTo(0.6f))
        .body("top20PercentValueShare", equalTo(0.45f))
        .body("gini", equalTo(0.38f))
        .body("points.size()", equalTo(6));
    Api.as(rep)
        .get("/api/v1/analytics/pareto?metric=grossProfit&asOf=1985-06-30")
        .then()
        .statusCode(200)
        .body("metric", equalTo("GROSS_PROFIT"))
        .body("total", equalTo(100.0f));
    Api.as(rep).get("/api/v1/analytics/pareto?metric=margin").then().statusCode(400);

    // Admin medians: output [10,20,30,50,90] → 30; input [5,10,30,40,50] → 30; high = at or above.
    // R1 (90, 10) and A2 (30, 5) protect; A1 (50, 40) optimise; R2 (10, 50) and A3 (20, 30) fix or
    // reduce.
    Api.as(admin)
        .get("/api/v1/analytics/input-output?asOf=1985-06-30&quadrant=PROTECT_AND_GROW")
        .then()
        .statusCode(200)
        .body("accountCount", equalTo(5))
        .body("outputThreshold", equalTo(30.0f))
        .body("inputThreshold", equalTo(30.0f))
        .body("quadrants.find { it.quadrant == 'PROTECT_AND_GROW' }.count", equalTo(2))
        .body("quadrants.find { it.quadrant == 'PROTECT_AND_GROW' }.output", equalTo(120.0f))
        .body("quadrants.find { it.quadrant == 'OPTIMISE_COST_TO_SERVE' }.count", equalTo(1))
        .body("quadrants.find { it.quadrant == 'MAINTAIN_CHEAPLY' }.count", equalTo(0))
        .body("quadrants.find { it.quadrant == 'FIX_OR_REDUCE' }.count", equalTo(2))
        .body("accounts.items.accountId", contains((int) r1, (int) a2));
    // The REP's own two with explicit thresholds: R1 protect, R2 fix or reduce.
    Api.as(rep)
        .get("/api/v1/analytics/input-output?asOf=1985-06-30&outputThreshold=50&inputThreshold=20")
        .then()
        .statusCode(200)
        .body("accountCount", equalTo(2))
        .body("quadrants.find { it.quadrant == 'PROTECT_AND_GROW' }.count", equalTo(1))
        .body("quadrants.find { it.quadrant == 'FIX_OR_REDUCE' }.count", equalTo(1));
  }

  @Test
  void categoriesCountTheCallersAccountsAndFlagKeyHealth() {
    TestUser admin = users.create(Role.ADMIN);
    TestUser rep = users.create(Role.REP);
    long key = ClassificationFixtures.account(rep, "Health KEY", 1, 1);
    ClassificationFixtures.account(rep, "Health prospect", 1, 1);
    Api.as(admin)
        .body(Map.of("category", "KEY", "reason", "test"))
        .put("/api/v1/accounts/" + key + "/classification/override")
        .then()
        .statusCode(200);
    Api.as(rep)
        .get("/api/v1/analytics/categories")
        .then()
        .statusCode(200)
        .body("categories.find { it.category == 'KEY' }.count", equalTo(1))
        .body("categories.find { it.category == 'TARGET' }.count", equalTo(1))
        .body("keyHealth.keyCount", equalTo(1))
        .body("keyHealth.withoutAccountManager.count", equalTo(0))
        .body("keyHealth.notContactedIn90Days.count", equalTo(1))
        .body("keyHealth.notContactedIn90Days.accounts.id", hasItem((int) key))
        .body("keyHealth.withoutAccountPlan.count", equalTo(1))
        .body("keyHealth.withoutAccountPlan.accounts.id", hasItem((int) key));
  }
}
