package io.pareto.fact;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FactCrudTest {
  @Inject TestUsers users;

  static Map<String, Object> fact(String month, String revenue) {
    return Map.of(
        "month",
        month,
        "revenue",
        revenue,
        "grossProfit",
        "100.50",
        "costToServe",
        "20.00",
        "orderCount",
        2);
  }

  @Test
  void oneRowPerAccountAndMonth() {
    TestUser rep = users.create(Role.REP);
    long account = Fixtures.accountId(rep, "Facts 客户");
    String base = "/api/v1/accounts/" + account + "/facts";
    Api.as(rep)
        .body(fact("2026-09", "1000.00"))
        .post(base)
        .then()
        .statusCode(201)
        .body("month", equalTo("2026-09"));
    long oct =
        Api.as(rep)
            .body(fact("2026-10", "2000.00"))
            .post(base)
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .extract()
            .jsonPath()
            .getLong("id");
    Api.as(rep).body(fact("2026-10", "5.00")).post(base).then().statusCode(409);

    Api.as(rep).get(base).then().body("items.month", contains("2026-10", "2026-09"));
    Api.as(rep)
        .queryParam("from", "2026-10")
        .get(base)
        .then()
        .body("items.month", contains("2026-10"));
    Api.as(rep)
        .header("If-Match", "\"0\"")
        .body(fact("2026-10", "2500.25"))
        .put("/api/v1/facts/" + oct)
        .then()
        .statusCode(200)
        .body("revenue", equalTo(2500.25f))
        .body("grossProfit", equalTo(100.5f));
    Api.as(rep)
        .header("If-Match", "\"1\"")
        .body(fact("2026-09", "1.00"))
        .put("/api/v1/facts/" + oct)
        .then()
        .statusCode(409);
  }

  @Test
  void negativeRevenueIsRefused() {
    TestUser rep = users.create(Role.REP);
    long account = Fixtures.accountId(rep, "Neg");
    Api.as(rep)
        .body(fact("2026-09", "-1.00"))
        .post("/api/v1/accounts/" + account + "/facts")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("revenue"));
  }
}
