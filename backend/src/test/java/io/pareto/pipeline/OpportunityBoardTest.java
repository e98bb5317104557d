package io.pareto.pipeline;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Kanban: totals per stage come from the server, not from one page of deals. */
@QuarkusTest
class OpportunityBoardTest {
  @Inject TestUsers users;
  @Inject jakarta.persistence.EntityManagerFactory emf;

  @Test
  void columnsCountEveryDealButListOnlyTheFirstPage() {
    TestUser rep = users.create(Role.REP);
    long account = Fixtures.accountId(rep, "看板客户");
    for (int i = 1; i <= 3; i++) PipelineFixtures.createDeal(rep, account, i + "000.00");
    long moved = PipelineFixtures.createDeal(rep, account, "500.50");
    Api.as(rep)
        .header("If-Match", "\"0\"")
        .body(Map.of("to", "PROPOSAL"))
        .post("/api/v1/opportunities/" + moved + "/transitions")
        .then()
        .statusCode(200);
    var stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    Api.as(rep)
        .get("/api/v1/opportunities/board?size=2&accountId=" + account)
        .then()
        .statusCode(200)
        .body("columns", hasSize(7))
        .body("columns[0].stage", equalTo("LEAD"))
        .body("columns[0].count", equalTo(3))
        .body("columns[0].amount", equalTo(6000.0f))
        .body("columns[0].items", hasSize(2))
        .body("columns[2].count", equalTo(1))
        .body("columns[2].amount", equalTo(500.5f))
        .body("columns[2].items[0].id", equalTo((int) moved))
        .body("columns[6].count", equalTo(0));
    // Caller lookup + totals + first ids + deals: a constant number, whatever the board's size.
    Assertions.assertTrue(
        stats.getPrepareStatementCount() <= 5, "statements: " + stats.getPrepareStatementCount());
    Api.as(users.create(Role.REP))
        .get("/api/v1/opportunities/board?accountId=" + account)
        .then()
        .statusCode(200)
        .body("columns[0].count", equalTo(0));
  }
}
