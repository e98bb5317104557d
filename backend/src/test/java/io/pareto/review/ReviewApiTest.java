package io.pareto.review;

import static io.pareto.review.ReviewFixtures.decision;
import static io.pareto.review.ReviewFixtures.scores;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.pareto.account.Category;
import io.pareto.activity.AccountCategories;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewApiTest {
  @Inject TestUsers users;
  @Inject AccountCategories categories;
  TestUser manager;
  TestUser rep;
  long keyA;
  long keyB;
  String period = "Q-" + System.nanoTime();

  @BeforeEach
  void setUp() {
    long team = users.team("reviews");
    manager = users.create(Role.MANAGER, team);
    rep = users.create(Role.REP, team);
    keyA = Fixtures.accountId(rep, "大客户甲");
    keyB = Fixtures.accountId(rep, "大客户乙");
    long normal = Fixtures.accountId(rep, "常规客户");
    categories.set(keyA, Category.KEY);
    categories.set(keyB, Category.KEY);
    categories.set(normal, Category.NORMAL);
  }

  @Test
  void aCycleOpensOneReviewPerKeyAccountAndTracksProgress() {
    var cycle =
        Api.as(manager)
            .body(Map.of("period", period, "dueOn", "2026-12-31"))
            .post("/api/v1/review-cycles")
            .then()
            .statusCode(201)
            .body("total", equalTo(2))
            .body("done", equalTo(0))
            .extract()
            .jsonPath();
    long cycleId = cycle.getLong("id");
    var reviews =
        Api.as(rep)
            .get("/api/v1/review-cycles/" + cycleId + "/reviews")
            .then()
            .statusCode(200)
            .body("accountId", containsInAnyOrder((int) keyA, (int) keyB))
            .body("status", containsInAnyOrder("PENDING", "PENDING"))
            .extract()
            .jsonPath();
    long first = reviews.getLong("[0].id");
    Api.as(rep)
        .header("If-Match", "\"0\"")
        .body(scores("KEEP"))
        .put("/api/v1/reviews/" + first)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("reviewerId", equalTo((int) rep.id()));
    Api.as(manager)
        .get("/api/v1/review-cycles/" + cycleId)
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("done", equalTo(1))
        .body("progressPct", equalTo(50.00f));

    var bad = scores("KEEP");
    bad.put("loyalty", 6);
    Api.as(rep)
        .header("If-Match", "\"1\"")
        .body(bad)
        .put("/api/v1/reviews/" + first)
        .then()
        .statusCode(400);
    Api.as(rep).body(Map.of("period", period)).post("/api/v1/review-cycles").then().statusCode(403);
    Api.as(users.create(Role.REP)).get("/api/v1/reviews/" + first).then().statusCode(404);
    Api.as(users.create(Role.READONLY))
        .header("If-Match", "\"1\"")
        .body(scores("KEEP"))
        .put("/api/v1/reviews/" + first)
        .then()
        .statusCode(403);
  }

  @Test
  void theWorksheetCarriesEachAccountsFiguresAndACycleMayIncludeNormalAccounts() {
    String month = java.time.YearMonth.now().minusMonths(1).toString();
    io.pareto.plan.PlanFixtures.fact(rep, keyA, month, "120000.00", "30000.00", 3);
    io.pareto.plan.PlanFixtures.fact(
        rep, keyA, java.time.YearMonth.now().minusMonths(2).toString(), "80000.00", "20000.00", 2);
    Fixtures.opportunityId(rep, keyA, "扩容", "50000.00");
    Fixtures.opportunityId(rep, keyA, "运维", "25000.00");
    long cycleId =
        Api.as(manager)
            .body(Map.of("period", period, "categories", java.util.List.of("KEY", "NORMAL")))
            .post("/api/v1/review-cycles")
            .then()
            .statusCode(201)
            .body("total", equalTo(3))
            .extract()
            .jsonPath()
            .getLong("id");
    Api.as(rep)
        .get("/api/v1/review-cycles/" + cycleId + "/worksheet")
        .then()
        .statusCode(200)
        // ordered by account name: 大客户乙, 大客户甲, 常规客户
        .body("accountName", org.hamcrest.Matchers.contains("大客户乙", "大客户甲", "常规客户"))
        .body("[1].review.accountId", equalTo((int) keyA))
        .body("[1].category", equalTo("KEY"))
        .body("[1].ownerId", equalTo((int) rep.id()))
        .body("[1].revenue12", equalTo(200000.00f))
        .body("[1].grossProfit12", equalTo(50000.00f))
        .body("[1].openDeals", equalTo(2))
        .body("[1].openPipeline", equalTo(75000.00f))
        .body("[0].revenue12", equalTo(0.00f))
        .body("[2].category", equalTo("NORMAL"));
    Api.as(users.create(Role.REP))
        .get("/api/v1/review-cycles/" + cycleId + "/worksheet")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
  }

  @Test
  void anAcceptedDemoteBecomesAClassificationOverrideWithTheReviewAsReason() {
    long reviewId =
        Api.as(rep)
            .body(Map.of("period", period))
            .post("/api/v1/accounts/" + keyA + "/reviews")
            .then()
            .statusCode(201)
            .body("status", equalTo("PENDING"))
            .extract()
            .jsonPath()
            .getLong("id");
    Api.as(rep)
        .body(Map.of("period", period))
        .post("/api/v1/accounts/" + keyA + "/reviews")
        .then()
        .statusCode(409);
    Api.as(manager)
        .header("If-Match", "\"0\"")
        .body(decision(true, null))
        .post("/api/v1/reviews/" + reviewId + "/decision")
        .then()
        .statusCode(409);
    Api.as(rep)
        .header("If-Match", "\"0\"")
        .body(scores("DEMOTE"))
        .put("/api/v1/reviews/" + reviewId)
        .then()
        .statusCode(200);
    Api.as(rep)
        .header("If-Match", "\"1\"")
        .body(decision(true, null))
        .post("/api/v1/reviews/" + reviewId + "/decision")
        .then()
        .statusCode(403);

    Api.as(manager)
        .header("If-Match", "\"1\"")
        .body(decision(true, "连续两季度利润下滑"))
        .post("/api/v1/reviews/" + reviewId + "/decision")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"))
        .body("decidedById", equalTo((int) manager.id()));
    Api.as(rep).get("/api/v1/accounts/" + keyA).then().body("category", equalTo("NORMAL"));
    Api.as(manager)
        .get("/api/v1/accounts/" + keyA + "/classification")
        .then()
        .statusCode(200)
        .body("source", equalTo("OVERRIDE"))
        .body("override.category", equalTo("NORMAL"))
        .body("override.reason", containsString("Key-account review #" + reviewId))
        .body("override.setBy", equalTo(manager.email()));

    // The next classification run honours the override instead of the policy.
    Api.as(users.create(Role.ADMIN))
        .body(Map.of("dryRun", false))
        .post("/api/v1/classification/runs")
        .then()
        .statusCode(201);
    Api.as(rep).get("/api/v1/accounts/" + keyA).then().body("category", equalTo("NORMAL"));
    Api.as(rep)
        .get("/api/v1/accounts/" + keyA + "/classification")
        .then()
        .statusCode(200)
        .body("category", equalTo("NORMAL"))
        .body("source", equalTo("OVERRIDE"));
  }

  @Test
  void aRejectedRecommendationChangesNothing() {
    long reviewId =
        Api.as(rep)
            .body(Map.of("period", period))
            .post("/api/v1/accounts/" + keyB + "/reviews")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Api.as(rep)
        .header("If-Match", "\"0\"")
        .body(scores("DEMOTE"))
        .put("/api/v1/reviews/" + reviewId)
        .then()
        .statusCode(200);
    Api.as(manager)
        .header("If-Match", "\"1\"")
        .body(decision(false, "再观察一个季度"))
        .post("/api/v1/reviews/" + reviewId + "/decision")
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"));
    Api.as(rep).get("/api/v1/accounts/" + keyB).then().body("category", equalTo("KEY"));
  }
}
