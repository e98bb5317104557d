package io.pareto.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.classification.ClassificationFixtures;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Pareto and input/output read the per-account fact summary: a fixed number of statements whatever
 * the number of accounts, one of them the freshness check of the summary.
 */
@QuarkusTest
class AnalyticsStatementsTest {
  @Inject TestUsers users;
  @Inject ClassificationFixtures facts;
  @Inject EntityManagerFactory emf;

  @Test
  void paretoAndInputOutputCostTheSameStatementsForThreeOrThirtyAccounts() {
    TestUser few = users.create(Role.REP);
    TestUser many = users.create(Role.REP);
    load(few, 3);
    load(many, 30);
    String pareto = "/api/v1/analytics/pareto?metric=revenue&asOf=1977-12-31";
    String io = "/api/v1/analytics/input-output?asOf=1977-12-31&quadrant=PROTECT_AND_GROW";
    statements(few, pareto); // the first read builds the month's summary; the ones measured read it
    long industries = statements(few, "/api/v1/industries"); // authentication + 1
    // freshness check + aggregate + curve points
    assertEquals(industries + 2, statements(few, pareto));
    assertEquals(industries + 2, statements(many, pareto));
    // freshness check + medians + quadrant totals + page
    assertEquals(industries + 3, statements(few, io));
    assertEquals(industries + 3, statements(many, io));
  }

  void load(TestUser owner, int n) {
    for (int i = 0; i < n; i++) {
      long a = ClassificationFixtures.account(owner, "Stmt " + owner.id() + "-" + i, 1, 1);
      for (int m = 1; m <= 12; m++) {
        facts.fact(
            a, LocalDate.of(1977, m, 1), (100 + i) + ".00", (10 + i) + ".00", (5 + m) + ".00");
      }
    }
  }

  long statements(TestUser as, String path) {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    Api.as(as).get(path).then().statusCode(200);
    return stats.getPrepareStatementCount();
  }
}
