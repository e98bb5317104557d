package io.pareto.competitor;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
class CompetitorPresenceTest {
  @Inject TestUsers users;
  TestUser rep;
  long competitor;

  @BeforeEach
  void setUp() {
    rep = users.create(Role.REP);
    competitor =
        Api.as(users.create(Role.ADMIN))
            .body(Map.of("name", "竞品科技 " + System.nanoTime(), "tier", "STRONGER"))
            .post("/api/v1/competitors")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
  }

  @Test
  void footprintCountsInstalledAccountsAndDealsWonAndLostAgainstIt() {
    long a1 = Fixtures.accountId(rep, "装机客户一");
    long a2 = Fixtures.accountId(rep, "装机客户二");
    installed(a1, "核心系统 V5");
    installed(a2, "网点终端");
    long won = deal(a1, "WON");
    long lost = deal(a1, "LOST");
    long lostElsewhere = deal(a2, "LOST");
    long open = deal(a2, "PROPOSAL");
    inDeal(won, false);
    inDeal(lost, true);
    inDeal(lostElsewhere, false);
    inDeal(open, false);
    Api.as(rep)
        .body(Map.of("competitorId", competitor))
        .post("/api/v1/opportunities/" + open + "/competitors")
        .then()
        .statusCode(409);

    // won 1, lost 2 → win rate 1 / 3 = 33.33%; one of the lost deals went to it.
    Api.as(rep)
        .get("/api/v1/competitors/" + competitor + "/footprint")
        .then()
        .statusCode(200)
        .body("accounts.accountId", containsInAnyOrder((int) a1, (int) a2))
        .body("deals", equalTo(4))
        .body("open", equalTo(1))
        .body("won", equalTo(1))
        .body("lost", equalTo(2))
        .body("lostToIt", equalTo(1))
        .body("winRatePct", equalTo(33.33f));
    Api.as(rep)
        .get("/api/v1/opportunities/" + lost + "/competitors")
        .then()
        .statusCode(200)
        .body("[0].outcome", equalTo("LOST"))
        .body("[0].tookDeal", equalTo(true));
    Api.as(rep)
        .get("/api/v1/accounts/" + a1 + "/competitors")
        .then()
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].satisfaction", equalTo(2))
        .body("[0].competitorRep", equalTo("赵经理"))
        .body("[0].tier", equalTo("STRONGER"));

    // Another rep sees the competitor but none of these accounts or deals.
    TestUser stranger = users.create(Role.REP);
    Api.as(stranger)
        .get("/api/v1/competitors/" + competitor + "/footprint")
        .then()
        .statusCode(200)
        .body("accounts", hasSize(0))
        .body("deals", equalTo(0));
    Api.as(stranger).get("/api/v1/accounts/" + a1 + "/competitors").then().statusCode(404);
    Api.as(users.create(Role.READONLY))
        .body(presence("x"))
        .post("/api/v1/accounts/" + a1 + "/competitors")
        .then()
        .statusCode(403);
  }

  private Map<String, Object> presence(String product) {
    Map<String, Object> m = new HashMap<>();
    m.put("competitorId", competitor);
    m.put("product", product);
    m.put("installedSince", "2021-06-01");
    m.put("satisfaction", 2);
    m.put("competitorRep", "赵经理");
    m.put("repRelationship", 5);
    return m;
  }

  private void installed(long account, String product) {
    Api.as(rep)
        .body(presence(product))
        .post("/api/v1/accounts/" + account + "/competitors")
        .then()
        .statusCode(201);
  }

  /** A deal created as a lead and moved to its outcome through the transition rules. */
  private long deal(long account, String stage) {
    long id =
        Api.as(rep)
            .body(Map.of("accountId", account, "name", "项目 " + stage, "amount", "100000.00"))
            .post("/api/v1/opportunities")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Map<String, Object> move =
        stage.equals("LOST") ? Map.of("to", "LOST", "lostReason", "PRICE") : Map.of("to", stage);
    Api.as(rep)
        .header("If-Match", "\"0\"")
        .body(move)
        .post("/api/v1/opportunities/" + id + "/transitions")
        .then()
        .statusCode(200);
    return id;
  }

  private void inDeal(long opportunity, boolean tookDeal) {
    Api.as(rep)
        .body(Map.of("competitorId", competitor, "tookDeal", tookDeal))
        .post("/api/v1/opportunities/" + opportunity + "/competitors")
        .then()
        .statusCode(201);
  }
}
