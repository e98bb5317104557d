package io.pareto.pipeline;

import static io.pareto.pipeline.PipelineFixtures.at;
import static io.pareto.pipeline.PipelineFixtures.lost;
import static org.hamcrest.Matchers.equalTo;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each deal carries the moves its reader may make, so clients keep no copy of the stage rules. */
@QuarkusTest
class AllowedTransitionsTest {
  @Inject TestUsers users;
  @Inject PipelineFixtures deals;

  @Test
  void everyDealNamesTheMovesTheCallerMayMake() {
    TestUser rep = users.create(Role.REP);
    TestUser admin = users.create(Role.ADMIN);
    long account = Fixtures.accountId(rep, "迁移规则客户 " + System.nanoTime());
    long proposal =
        deals.deal(
            account, rep.id(), "100.00", null, null, at(1, Stage.LEAD), at(2, Stage.PROPOSAL));
    long won =
        deals.deal(account, rep.id(), "200.00", null, null, at(1, Stage.LEAD), at(2, Stage.WON));
    long lostDeal =
        deals.deal(
            account,
            rep.id(),
            "300.00",
            null,
            null,
            at(1, Stage.LEAD),
            lost(2, DealLostReason.PRICE));

    Api.as(rep)
        .get("/api/v1/opportunities/" + proposal)
        .then()
        .statusCode(200)
        .body(
            "allowedTransitions",
            equalTo(List.of("LEAD", "QUALIFIED", "NEGOTIATION", "WON", "LOST")));
    Api.as(rep)
        .get("/api/v1/opportunities/" + won)
        .then()
        .body("allowedTransitions", equalTo(List.of("COLLECTED")));
    // Reopening a lost deal is a manager's or an admin's call.
    Api.as(rep)
        .get("/api/v1/opportunities/" + lostDeal)
        .then()
        .body("allowedTransitions", equalTo(List.of()));
    Api.as(admin)
        .get("/api/v1/opportunities/" + lostDeal)
        .then()
        .body(
            "allowedTransitions", equalTo(List.of("LEAD", "QUALIFIED", "PROPOSAL", "NEGOTIATION")));

    // Lists and the board carry them too; a transition answers with the new stage's moves.
    Api.as(rep)
        .get("/api/v1/opportunities?accountId=" + account + "&stage=WON")
        .then()
        .statusCode(200)
        .body("items[0].allowedTransitions", equalTo(List.of("COLLECTED")));
    Api.as(rep)
        .get("/api/v1/opportunities/board?accountId=" + account)
        .then()
        .statusCode(200)
        .body(
            "columns.find { it.stage == 'PROPOSAL' }.items[0].allowedTransitions[3]",
            equalTo("WON"));
    Api.as(rep)
        .header("If-Match", "\"0\"")
        .body(java.util.Map.of("to", "WON"))
        .post("/api/v1/opportunities/" + proposal + "/transitions")
        .then()
        .statusCode(200)
        .body("stage", equalTo("WON"))
        .body("allowedTransitions", equalTo(List.of("COLLECTED")));
  }
}
