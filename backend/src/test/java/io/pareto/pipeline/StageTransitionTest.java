package io.pareto.pipeline;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.pareto.decisionmap.DecisionMapFixtures;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StageTransitionTest {
  @Inject TestUsers users;
  TestUser rep;
  TestUser manager;
  long account;

  @BeforeEach
  void setUp() {
    long team = users.team("transitions");
    rep = users.create(Role.REP, team);
    manager = users.create(Role.MANAGER, team);
    account = Fixtures.accountId(rep, "阶段测试客户");
  }

  private io.restassured.response.ValidatableResponse move(
      TestUser as, long id, String etag, Map<String, Object> body) {
    return Api.as(as)
        .header("If-Match", etag)
        .body(body)
        .post("/api/v1/opportunities/" + id + "/transitions")
        .then();
  }

  private String etag(long id) {
    return Fixtures.etag(rep, "/api/v1/opportunities/" + id);
  }

  @Test
  void forwardSkipsAreFreeAndCreationIsInTheHistory() {
    long id = PipelineFixtures.createDeal(rep, account, "100000.00");
    move(rep, id, "\"0\"", PipelineFixtures.to(Stage.PROPOSAL))
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("stage", equalTo("PROPOSAL"))
        .body("forecastCategory", equalTo("BEST_CASE"));
    Api.as(rep)
        .get("/api/v1/opportunities/" + id + "/stage-history")
        .then()
        .statusCode(200)
        .body("to", contains("LEAD", "PROPOSAL"))
        .body("[0].from", nullValue())
        .body("[1].from", equalTo("LEAD"))
        .body("[1].by", equalTo(rep.email()));
  }

  @Test
  void backNeedsAReasonAndWonOnlyGoesToCollected() {
    long id = PipelineFixtures.createDeal(rep, account, "100000.00");
    move(rep, id, "\"0\"", PipelineFixtures.to(Stage.NEGOTIATION)).statusCode(200);
    move(rep, id, "\"1\"", PipelineFixtures.to(Stage.QUALIFIED))
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    move(rep, id, "\"1\"", Map.of("to", "QUALIFIED", "reason", "客户预算重新审批")).statusCode(200);
    move(rep, id, "\"2\"", PipelineFixtures.to(Stage.WON)).statusCode(200);
    move(rep, id, "\"3\"", PipelineFixtures.to(Stage.LOST))
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", containsString("invalid-transition"))
        .body("allowedTransitions", contains("COLLECTED"))
        .body("status", equalTo(409));
    move(rep, id, "\"3\"", PipelineFixtures.to(Stage.COLLECTED))
        .statusCode(200)
        .body("forecastCategory", equalTo("CLOSED"));
    move(rep, id, "\"4\"", PipelineFixtures.to(Stage.LEAD))
        .statusCode(409)
        .body("allowedTransitions.size()", equalTo(0));
  }

  @Test
  void lostNeedsAReasonRecordsTheStageAndOnlyManagersReopen() {
    long id = PipelineFixtures.createDeal(rep, account, "50000.00");
    move(rep, id, "\"0\"", PipelineFixtures.to(Stage.PROPOSAL)).statusCode(200);
    move(rep, id, "\"1\"", PipelineFixtures.to(Stage.LOST))
        .statusCode(400)
        .body("errors.field", hasItem("lostReason"));
    move(rep, id, "\"1\"", Map.of("to", "LOST", "lostReason", "COMPETITOR"))
        .statusCode(400)
        .body("errors.field", hasItem("competitorId"));
    move(rep, id, "\"1\"", Map.of("to", "LOST", "lostReason", "OTHER"))
        .statusCode(400)
        .body("errors.field", hasItem("lostReasonText"));
    // Its own competitor: a fixed id would depend on which tests ran before.
    long competitor =
        DecisionMapFixtures.competitor(users.create(Role.ADMIN), "丢单竞品 " + System.nanoTime());
    move(
            rep,
            id,
            "\"1\"",
            Map.of("to", "LOST", "lostReason", "COMPETITOR", "competitorId", competitor))
        .statusCode(200)
        .body("stage", equalTo("LOST"))
        .body("lostAtStage", equalTo("PROPOSAL"))
        .body("competitorId", equalTo((int) competitor))
        .body("forecastCategory", equalTo("OMITTED"));
    move(rep, id, "\"2\"", PipelineFixtures.to(Stage.QUALIFIED))
        .statusCode(409)
        .body("allowedTransitions.size()", equalTo(0))
        .body("detail", containsString("managers"));
    move(manager, id, "\"2\"", PipelineFixtures.to(Stage.COLLECTED))
        .statusCode(409)
        .body("allowedTransitions", contains("LEAD", "QUALIFIED", "PROPOSAL", "NEGOTIATION"));
    move(manager, id, "\"2\"", PipelineFixtures.to(Stage.QUALIFIED))
        .statusCode(200)
        .body("stage", equalTo("QUALIFIED"))
        .body("lostReason", nullValue())
        .body("lostAtStage", nullValue());
  }

  @Test
  void historicInstantsMustBeInThePastAndInOrder() {
    long id = PipelineFixtures.createDeal(rep, account, "50000.00");
    move(rep, id, "\"0\"", Map.of("to", "QUALIFIED", "at", "2999-01-01T00:00:00Z"))
        .statusCode(400)
        .body("errors.field", hasItem("at"));
    move(rep, id, "\"0\"", Map.of("to", "QUALIFIED", "at", "2001-01-01T00:00:00Z"))
        .statusCode(400)
        .body("errors.field", hasItem("at"));
    move(rep, id, "\"0\"", PipelineFixtures.to(Stage.QUALIFIED)).statusCode(200);
    move(rep, id, "\"0\"", PipelineFixtures.to(Stage.PROPOSAL)).statusCode(412);
    Api.as(rep)
        .body(PipelineFixtures.to(Stage.PROPOSAL))
        .post("/api/v1/opportunities/" + id + "/transitions")
        .then()
        .statusCode(428);
  }

  @Test
  void updatesNoLongerMoveTheStageButKeepOtherFieldsAndTheOverride() {
    long id = PipelineFixtures.createDeal(rep, account, "50000.00");
    Map<String, Object> body =
        new HashMap<>(
            Map.of("accountId", account, "name", "改名", "amount", "60000.00", "stage", "WON"));
    Api.as(rep)
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/v1/opportunities/" + id)
        .then()
        .statusCode(409)
        .body("detail", containsString("/transitions"));
    body.put("stage", "LEAD");
    body.put("forecastCategory", "COMMIT");
    body.put(
        "project",
        Map.of(
            "problemToSolve",
            "批处理窗口过长",
            "budget",
            "80000.00",
            "budgetConfirmed",
            true,
            "decisionDate",
            "2027-03-01"));
    Api.as(rep)
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/v1/opportunities/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("改名"))
        .body("forecastCategory", equalTo("COMMIT"))
        .body("forecastCategoryOverridden", equalTo(true))
        .body("project.budgetConfirmed", equalTo(true))
        .body("project.problemToSolve", equalTo("批处理窗口过长"));
    Api.as(rep)
        .header("If-Match", "\"1\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("stage", "PROPOSAL"))
        .patch("/api/v1/opportunities/" + id)
        .then()
        .statusCode(409);
    Api.as(rep)
        .header("If-Match", "\"1\"")
        .contentType("application/merge-patch+json")
        .body("{\"forecastCategory\": null}")
        .patch("/api/v1/opportunities/" + id)
        .then()
        .statusCode(200)
        .body("forecastCategory", equalTo("PIPELINE"))
        .body("forecastCategoryOverridden", equalTo(false))
        .body("project.budget", equalTo(80000.0f));
  }

  @Test
  void createStartsOpenAndReadonlyCannotMove() {
    Api.as(rep)
        .body(Map.of("accountId", account, "name", "x", "amount", "1.00", "stage", "WON"))
        .post("/api/v1/opportunities")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("stage"));
    long id = PipelineFixtures.createDeal(rep, account, "10.00");
    TestUser reader = users.create(Role.READONLY);
    move(reader, id, "\"0\"", PipelineFixtures.to(Stage.QUALIFIED)).statusCode(403);
    TestUser stranger = users.create(Role.REP);
    move(stranger, id, "\"0\"", PipelineFixtures.to(Stage.QUALIFIED)).statusCode(404);
  }

  @Test
  void probabilitiesAreAdminConfigurable() {
    TestUser admin = users.create(Role.ADMIN);
    Api.as(rep)
        .get("/api/v1/pipeline/stage-probabilities")
        .then()
        .statusCode(200)
        .body("find { it.stage == 'PROPOSAL' }.probability", equalTo(50.0f));
    var list =
        java.util.Arrays.stream(Stage.values())
            .map(
                s ->
                    Map.of(
                        "stage",
                        s.name(),
                        "probability",
                        s == Stage.LEAD
                            ? "10"
                            : Api.as(rep)
                                .get("/api/v1/pipeline/stage-probabilities")
                                .then()
                                .extract()
                                .jsonPath()
                                .getString("find { it.stage == '" + s + "' }.probability")))
            .toList();
    String etag =
        Api.as(admin)
            .get("/api/v1/pipeline/stage-probabilities")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    Api.as(rep)
        .header("If-Match", etag)
        .body(list)
        .put("/api/v1/pipeline/stage-probabilities")
        .then()
        .statusCode(403);
    Api.as(admin)
        .header("If-Match", etag)
        .body(list.subList(0, 6))
        .put("/api/v1/pipeline/stage-probabilities")
        .then()
        .statusCode(400);
    Api.as(admin).body(list).put("/api/v1/pipeline/stage-probabilities").then().statusCode(428);
    String saved =
        Api.as(admin)
            .header("If-Match", etag)
            .body(list)
            .put("/api/v1/pipeline/stage-probabilities")
            .then()
            .statusCode(200)
            .body("size()", equalTo(7))
            .extract()
            .header("ETag");
    assertNotEquals(etag, saved);
    // A second admin still holding the old ETag would overwrite the first one's edit: refused.
    Api.as(admin)
        .header("If-Match", etag)
        .body(list)
        .put("/api/v1/pipeline/stage-probabilities")
        .then()
        .statusCode(412);
    Api.as(rep)
        .get("/api/v1/pipeline/stage-probabilities")
        .then()
        .statusCode(200)
        .header("ETag", saved);
  }
}
