package io.pareto.pipeline;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
class OpportunityCrudTest {
  @Inject TestUsers users;

  @Test
  void createListFilterAndUpdate() {
    TestUser rep = users.create(Role.REP);
    long account = Fixtures.accountId(rep, "Deals 客户");
    long a = Fixtures.opportunityId(rep, account, "核心系统扩容", "850000.00");
    Api.as(rep)
        .body(
            Map.of(
                "accountId",
                account,
                "name",
                "Cloud",
                "amount",
                "10.00",
                "expectedCloseDate",
                "2026-12-01"))
        .post("/api/v1/opportunities")
        .then()
        .statusCode(201)
        .body("ownerId", equalTo((int) rep.id()))
        .body("accountName", equalTo("Deals 客户"));

    Api.as(rep)
        .queryParam("accountId", account)
        .queryParam("sort", "-amount")
        .get("/api/v1/opportunities")
        .then()
        .body("total", equalTo(2))
        .body("items.name", contains("核心系统扩容", "Cloud"));
    Api.as(rep)
        .queryParam("accountId", account)
        .queryParam("closeFrom", "2026-11-15")
        .get("/api/v1/opportunities")
        .then()
        .body("items.name", contains("Cloud"));
    Api.as(rep)
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("amount", "900000.00"))
        .patch("/api/v1/opportunities/" + a)
        .then()
        .statusCode(200)
        .body("amount", equalTo(900000.0f));
  }

  @Test
  void anOpportunityNeedsAVisibleAccount() {
    TestUser rep = users.create(Role.REP);
    TestUser other = users.create(Role.REP);
    long account = Fixtures.accountId(other, "Not yours");
    Api.as(rep)
        .body(Map.of("accountId", account, "name", "Sneaky", "amount", "1.00"))
        .post("/api/v1/opportunities")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("accountId"));
  }
}
