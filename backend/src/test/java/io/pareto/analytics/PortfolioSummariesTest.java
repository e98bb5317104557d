package io.pareto.analytics;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.classification.ClassificationFixtures;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The whole portfolio's stored Pareto and input/output figures: read back in one statement, and
 * never stale — a fact written through the API and an account deleted change the next answer. Facts
 * in 1962 (this test's own era); values hand-computed.
 */
@QuarkusTest
class PortfolioSummariesTest {
  static final String PARETO = "/api/v1/analytics/pareto?metric=revenue&asOf=1962-06-30";
  static final String QUADRANTS = "/api/v1/analytics/input-output?asOf=1962-06-30";

  @Inject TestUsers users;
  @Inject ClassificationFixtures facts;
  @Inject EntityManagerFactory emf;

  @Test
  void storedFiguresFollowFactWritesAndAccountDeletes() {
    TestUser admin = users.create(Role.ADMIN);
    LocalDate march = LocalDate.of(1962, 3, 1);
    long a = ClassificationFixtures.account(admin, "Portfolio A", 1, 1);
    long b = ClassificationFixtures.account(admin, "Portfolio B", 1, 1);
    long c = ClassificationFixtures.account(admin, "Portfolio C", 1, 1);
    // revenue, gross profit (output), cost to serve (input)
    facts.fact(a, march, "600.00", "60.00", "10.00");
    facts.fact(b, march, "300.00", "30.00", "30.00");
    facts.fact(c, march, "100.00", "10.00", "50.00");

    // [600, 300, 100] = 1000: cumulative 0.6, 0.9 → 2 for 80%; top 1 → 0.6;
    // Gini: Σ i·x asc = 100 + 600 + 1800 = 2500; 2·2500/(3·1000) − 4/3 = 0.333333
    pareto(admin, 3, 1000f, 2, 0.6f, 0.333333f);
    long industries = statements(admin, "/api/v1/industries"); // authentication + 1
    assertEquals(industries + 1, statements(admin, PARETO), "freshness check + stored figures");
    // medians: output [10, 30, 60] → 30, input [10, 30, 50] → 30: A protect, B optimise, C fix
    quadrants(admin, 30f, 30f, 1, 1, 0, 1);
    assertEquals(
        industries + 1,
        statements(admin, QUADRANTS),
        "freshness check + stored split (no page asked)");

    // C gets a fact of 1000.00 revenue, 100.50 gross profit, 20.00 cost through the API:
    // [1100, 600, 300] = 2000: 0.55, 0.85 → 2; top 1 → 0.55;
    // Gini: 300 + 1200 + 3300 = 4800; 2·4800/(3·2000) − 4/3 = 0.266667
    Api.as(admin)
        .body(
            Map.of(
                "month", "1962-04",
                "revenue", "1000.00",
                "grossProfit", "100.50",
                "costToServe", "20.00",
                "orderCount", 1))
        .post("/api/v1/accounts/" + c + "/facts")
        .then()
        .statusCode(201);
    pareto(admin, 3, 2000f, 2, 0.55f, 0.266667f);
    // output [30, 60, 110.50] → 60, input [10, 30, 70] → 30: A protect, C optimise, B fix
    quadrants(admin, 60f, 30f, 1, 1, 0, 1);

    // B deleted: [1100, 600] = 1700: 0.647059, 1 → 2; top ceil(0.4) = 1 → 0.647059;
    // Gini: 600 + 2200 = 2800; 2·2800/(2·1700) − 3/2 = 0.147059
    Api.as(admin)
        .header("If-Match", Fixtures.etag(admin, "/api/v1/accounts/" + b))
        .delete("/api/v1/accounts/" + b)
        .then()
        .statusCode(204);
    pareto(admin, 2, 1700f, 2, 0.647059f, 0.147059f);
    // output [60, 110.50] → 85.25, input [10, 70] → 40: A maintain cheaply, C optimise
    quadrants(admin, 85.25f, 40f, 0, 1, 1, 0);
  }

  void pareto(TestUser as, int n, float total, int for80, float top20Share, float gini) {
    Api.as(as)
        .get(PARETO)
        .then()
        .statusCode(200)
        .body("customerCount", equalTo(n))
        .body("total", equalTo(total))
        .body("customersFor80Percent", equalTo(for80))
        .body("top20PercentValueShare", equalTo(top20Share))
        .body("gini", equalTo(gini));
  }

  void quadrants(TestUser as, float ot, float it, int protect, int optimise, int cheaply, int fix) {
    Api.as(as)
        .get(QUADRANTS)
        .then()
        .statusCode(200)
        .body("outputThreshold", equalTo(ot))
        .body("inputThreshold", equalTo(it))
        .body("quadrants.find { it.quadrant == 'PROTECT_AND_GROW' }.count", equalTo(protect))
        .body("quadrants.find { it.quadrant == 'OPTIMISE_COST_TO_SERVE' }.count", equalTo(optimise))
        .body("quadrants.find { it.quadrant == 'MAINTAIN_CHEAPLY' }.count", equalTo(cheaply))
        .body("quadrants.find { it.quadrant == 'FIX_OR_REDUCE' }.count", equalTo(fix));
  }

  long statements(TestUser as, String path) {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    Api.as(as).get(path).then().statusCode(200);
    return stats.getPrepareStatementCount();
  }
}
