package io.pareto.classification;

import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers.TestUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Test data for classification: accounts through the API, monthly facts straight into the table
 * (many rows, no API under test). Each test uses its own far-past era so only its accounts are
 * active.
 */
@ApplicationScoped
public class ClassificationFixtures {
  private final EntityManager em;

  public ClassificationFixtures(EntityManager em) {
    this.em = em;
  }

  public static long account(TestUser as, String name, Integer potential, Integer strategic) {
    Map<String, Object> body = new HashMap<>(Fixtures.account(name));
    body.put("estimatedAnnualPotential", potential == null ? null : potential + ".00");
    body.put("strategicValue", strategic);
    return Fixtures.createAccount(as, body).getLong("id");
  }

  @Transactional
  public void fact(
      long accountId, LocalDate month, String revenue, String grossProfit, String costToServe) {
    em.createNativeQuery(
            "INSERT INTO account_fact (account_id, fact_month, revenue, gross_profit, cost_to_serve,"
                + " order_count, created_at, updated_at) VALUES (:a, :m, :r, :g, :c, 1, :t, :t)")
        .setParameter("a", accountId)
        .setParameter("m", month)
        .setParameter("r", new BigDecimal(revenue))
        .setParameter("g", new BigDecimal(grossProfit))
        .setParameter("c", new BigDecimal(costToServe))
        .setParameter("t", Instant.now())
        .executeUpdate();
  }

  public static Map<String, Object> run(String asOf, boolean dryRun) {
    Map<String, Object> m = new HashMap<>();
    m.put("asOf", asOf);
    m.put("dryRun", dryRun);
    return m;
  }

  public static io.restassured.path.json.JsonPath explain(TestUser as, long id) {
    return Api.as(as)
        .get("/api/v1/accounts/" + id + "/classification")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
