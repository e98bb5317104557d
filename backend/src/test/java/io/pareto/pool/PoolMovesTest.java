package io.pareto.pool;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Concurrently;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Claim (领取), assign (分配) and release (退回公海), each scoped to the caller's team pool. */
@QuarkusTest
class PoolMovesTest {
  @Inject TestUsers users;
  @Inject PoolFixtures pool;

  TestUser admin;
  TestUser manager;
  TestUser li;
  TestUser wang;
  TestUser outsider;
  long team;
  long otherTeam;

  @BeforeEach
  void teams() {
    admin = users.create(Role.ADMIN);
    team = users.team("华南大客户部");
    otherTeam = users.team("华北大客户部");
    manager = users.named(Role.MANAGER, team, "陈经理");
    li = users.named(Role.REP, team, "李娜");
    wang = users.named(Role.REP, team, "王磊");
    outsider = users.named(Role.REP, otherTeam, "刘洋");
    PoolFixtures.rule(admin, team, 30, null, 2);
  }

  /** Li releases an account of hers, so it sits in the team's pool. */
  long released(String name) {
    long id = pool.owned(admin, li, name, 1);
    release(li, id, "客户已转向集团采购").then().statusCode(204);
    return id;
  }

  io.restassured.response.Response release(TestUser as, long id, String reason) {
    return Api.as(as)
        .header("If-Match", Fixtures.etag(admin, "/api/v1/accounts/" + id))
        .body(Map.of("reason", reason))
        .post("/api/v1/accounts/" + id + "/release");
  }

  @Test
  void releaseThenClaimMovesTheAccountAndLeavesATrail() {
    Instant before = Instant.now();
    long id = released("深圳市汇川技术股份有限公司");
    // the former owner no longer sees it; the team's pool does, with why and from whom
    Api.as(li).get("/api/v1/accounts/" + id).then().statusCode(404);
    Api.as(wang)
        .queryParam("q", "汇川")
        .get("/api/v1/pool")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].reason", equalTo("RELEASED"))
        .body("items[0].previousOwnerName", equalTo("李娜"))
        .body("items[0].category", equalTo("TARGET"));
    // another team's rep neither lists nor claims it
    Api.as(outsider).queryParam("q", "汇川").get("/api/v1/pool").then().body("total", equalTo(0));
    Api.as(outsider).post("/api/v1/pool/" + id + "/claim").then().statusCode(404);

    Api.as(wang)
        .post("/api/v1/pool/" + id + "/claim")
        .then()
        .statusCode(200)
        .body("ownerName", equalTo("王磊"));
    Api.as(wang)
        .post("/api/v1/pool/" + id + "/claim")
        .then()
        .statusCode(409)
        .body("code", equalTo("POOL_ACCOUNT_TAKEN"));
    assertEquals(1, pool.moves(id, "RELEASE"));
    assertEquals(1, pool.moves(id, "CLAIM"));
    assertEquals(2, pool.ownerChanges(id));
    Api.as(wang)
        .get("/api/v1/accounts/" + id + "/timeline")
        .then()
        .statusCode(200)
        .body("items.findAll { it.kind == 'POOL_MOVE' }.subtype", hasItems("CLAIM", "RELEASE"))
        .body("items.find { it.subtype == 'RELEASE' }.detail", equalTo("客户已转向集团采购"))
        .body("items.find { it.subtype == 'CLAIM' }.title", equalTo("王磊"));
    // an incremental export sees both owner changes as an update of the account
    String csv =
        Api.as(admin)
            .accept("text/csv")
            .queryParam("updatedSince", before.toString())
            .get("/api/v1/exports/accounts")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(csv.contains("深圳市汇川技术股份有限公司"), csv);
  }

  @Test
  void theClaimLimitCountsAccountsHeldFromThePool() {
    long a = released("广州视源电子科技股份有限公司");
    long b = released("珠海格力电器股份有限公司");
    long c = released("东莞长安精密模具有限公司");
    Api.as(wang).post("/api/v1/pool/" + a + "/claim").then().statusCode(200);
    Api.as(wang).post("/api/v1/pool/" + b + "/claim").then().statusCode(200);
    Api.as(wang)
        .header("Accept-Language", "zh-CN")
        .post("/api/v1/pool/" + c + "/claim")
        .then()
        .statusCode(409)
        .body("code", equalTo("POOL_CLAIM_LIMIT"))
        .body("detail", equalTo("王磊 已持有 2 个从公海领取的客户，达到回收规则的上限"));
    // releasing one frees a place
    release(wang, a, "无后续需求").then().statusCode(204);
    Api.as(wang).post("/api/v1/pool/" + c + "/claim").then().statusCode(200);
  }

  @Test
  void managersAssignWithinTheirTeamOnly() {
    long id = released("佛山美的集团股份有限公司");
    Api.as(manager)
        .body(Map.of("userId", outsider.id()))
        .post("/api/v1/pool/" + id + "/assign")
        .then()
        .statusCode(403);
    Api.as(li)
        .body(Map.of("userId", li.id()))
        .post("/api/v1/pool/" + id + "/assign")
        .then()
        .statusCode(403);
    Api.as(manager)
        .body(Map.of("userId", wang.id()))
        .post("/api/v1/pool/" + id + "/assign")
        .then()
        .statusCode(200)
        .body("ownerId", equalTo((int) wang.id()));
    assertEquals(1, pool.moves(id, "ASSIGN"));
  }

  @Test
  void onlyTheOwnerOrTheirManagerReleasesAndNeverAKeyAccount() {
    long id = pool.owned(admin, li, "中山大洋电机股份有限公司", 1);
    Api.as(admin)
        .body(Map.of("teamRole", "SERVICE"))
        .put("/api/v1/accounts/" + id + "/team/" + wang.id())
        .then()
        .statusCode(200);
    release(wang, id, "不是我的客户").then().statusCode(403);
    Api.as(li)
        .body(Map.of("reason", "无"))
        .post("/api/v1/accounts/" + id + "/release")
        .then()
        .statusCode(428);
    long key = pool.owned(admin, li, "中国南方电网有限责任公司", 1);
    pool.category(key, "KEY");
    release(li, key, "试试").then().statusCode(422).body("code", equalTo("POOL_KEY_ACCOUNT"));
    release(manager, id, "团队调整").then().statusCode(204);
    // a member of the account team still sees it, the former owner does not
    Api.as(wang).get("/api/v1/accounts/" + id).then().statusCode(200).body("ownerId", nullValue());
    Api.as(li).get("/api/v1/accounts/" + id).then().statusCode(404);
    release(li, id, "again").then().statusCode(404);
  }

  @Test
  void twoRepsClaimingAtOnceOneWinsTheOtherGets409() throws Exception {
    for (int round = 0; round < 5; round++) {
      long id = released("并发领取客户 " + round);
      TestUser[] reps = {li, wang};
      var tally =
          Concurrently.run(
              2,
              1,
              (t, i, n, seen) ->
                  seen.record(
                      "claim", Api.as(reps[t]).post("/api/v1/pool/" + id + "/claim").statusCode()));
      assertEquals(1, tally.count("claim", 200), tally.toString());
      assertEquals(1, tally.count("claim", 409), tally.toString());
      assertEquals(1, pool.moves(id, "CLAIM"));
      // li's claims use up her limit of 2; give the places back between rounds
      Api.as(admin).get("/api/v1/accounts/" + id).then().statusCode(200);
      TestUser winner =
          Api.as(admin).get("/api/v1/accounts/" + id).jsonPath().getLong("ownerId") == li.id()
              ? li
              : wang;
      release(winner, id, "下一轮").then().statusCode(204);
    }
  }
}
