package io.pareto.decisionmap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.DemoFixture;
import io.pareto.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo dataset's maps: strong and weak KEY accounts with varied gaps. */
@QuarkusTest
class DecisionMapDemoTest {
  @Inject DemoFixture demoFixture;
  @Inject EntityManager em;
  @Inject TestUsers users;

  @Test
  void demoMapsMixStrongAndWeakAccountsWithVariedGaps() {
    demoFixture.ensureLoaded();
    var page =
        Api.as(users.create(Role.READONLY))
            .get("/api/v1/decision-maps?category=KEY&size=500")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Integer> scores = page.getList("items.score", Integer.class);
    List<String> topGaps = page.getList("items.topGap", String.class);
    assertTrue(scores.stream().anyMatch(s -> s >= 70), "a strong KEY map: " + scores);
    assertTrue(scores.stream().anyMatch(s -> s <= 40), "a weak KEY map: " + scores);
    assertTrue(topGaps.stream().distinct().count() >= 2, "varied top gaps: " + topGaps);
    long competitors =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createQuery("select count(c) from Competitor c", Long.class)
                        .getSingleResult());
    assertTrue(competitors >= 5);
  }
}
