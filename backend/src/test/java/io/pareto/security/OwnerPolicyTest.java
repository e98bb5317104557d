package io.pareto.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.pareto.plan.PlanFixtures;
import io.pareto.security.SecurityFixtures.Records;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One owner rule on every REST path that writes an owner: a rep assigns only themselves on records
 * they create, account-team membership gives no ownership; a manager moves records only between
 * owners of their own team, judged on the old owner as well as the new one.
 */
@QuarkusTest
class OwnerPolicyTest {
  @Inject TestUsers users;

  TestUser admin, eastManager, owner, member, westManager, westRep;
  Records east;

  @BeforeEach
  void twoTeams() {
    admin = users.create(Role.ADMIN);
    long eastTeam = users.team("east");
    long westTeam = users.team("west");
    eastManager = users.create(Role.MANAGER, eastTeam);
    owner = users.create(Role.REP, eastTeam);
    member = users.create(Role.REP, eastTeam);
    westManager = users.create(Role.MANAGER, westTeam);
    westRep = users.create(Role.REP, westTeam);
    east = SecurityFixtures.recordsOf(admin, owner, "Owner rule");
    for (TestUser u : new TestUser[] {member, westManager}) {
      Api.as(admin)
          .body(Map.of("teamRole", "TECHNICAL_SPECIALIST"))
          .put("/api/v1/accounts/" + east.account() + "/team/" + u.id())
          .then()
          .statusCode(200);
    }
  }

  private static io.restassured.response.ValidatableResponse patch(
      TestUser as, String path, long ownerId) {
    String etag = Api.as(as).get(path).then().statusCode(200).extract().header("ETag");
    return Api.as(as)
        .header("If-Match", etag)
        .contentType("application/merge-patch+json")
        .body(Map.of("ownerId", ownerId))
        .patch(path)
        .then();
  }

  @Test
  void anAccountTeamMemberCannotTakeTheAccountOrItsDeal() {
    String account = "/api/v1/accounts/" + east.account();
    patch(member, account, member.id())
        .statusCode(403)
        .contentType("application/problem+json")
        .body("errors.field", contains("ownerId"))
        .body("detail", containsString("existing record"));
    patch(member, "/api/v1/opportunities/" + east.opportunity(), member.id())
        .statusCode(403)
        .body("errors.field", contains("ownerId"));
    Api.as(owner).get(account).then().statusCode(200).body("ownerId", equalTo((int) owner.id()));
    Api.as(owner)
        .get("/api/v1/opportunities/" + east.opportunity())
        .then()
        .statusCode(200)
        .body("ownerId", equalTo((int) owner.id()));
  }

  @Test
  void aManagerJudgesTheOldOwnerToo() {
    String account = "/api/v1/accounts/" + east.account();
    // on the account team of an East account, the West manager may not pull it into the West team
    patch(westManager, account, westRep.id())
        .statusCode(403)
        .body("errors[0].message", containsString("away from"));
    patch(westManager, account, westManager.id()).statusCode(403);
    patch(westManager, "/api/v1/opportunities/" + east.opportunity(), westRep.id()).statusCode(403);
    // nor may the East manager move it out of East
    patch(eastManager, account, westRep.id())
        .statusCode(403)
        .body("errors[0].message", containsString("own team"));
    patch(eastManager, account, member.id())
        .statusCode(200)
        .body("ownerId", equalTo((int) member.id()));
    Api.as(admin)
        .queryParam("entityType", "ACCOUNT")
        .queryParam("entityId", String.valueOf(east.account()))
        .queryParam("action", "OWNER_CHANGE")
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].actor", equalTo(eastManager.email()))
        .body("items[0].changes.ownerId", contains((int) owner.id(), (int) member.id()));
    patch(admin, account, westRep.id())
        .statusCode(200)
        .body("ownerId", equalTo((int) westRep.id()));
  }

  @Test
  void aUserThatDoesNotExistIsABadRequestNotAnOwner() {
    patch(eastManager, "/api/v1/accounts/" + east.account(), 999_999_999L)
        .statusCode(400)
        .body("errors.field", hasItem("ownerId"));
  }

  @Test
  void planAndActionOwnersFollowTheSameRule() {
    long acc = east.account();
    Map<String, Object> plan = new HashMap<>(PlanFixtures.plan("2026-01-01", "2026-12-31"));
    plan.put("ownerId", westRep.id());
    Api.as(member)
        .body(plan)
        .post("/api/v1/accounts/" + acc + "/plans")
        .then()
        .statusCode(403)
        .body("errors.field", contains("ownerId"));
    Api.as(westManager)
        .body(plan)
        .post("/api/v1/accounts/" + acc + "/plans")
        .then()
        .statusCode(201)
        .body("ownerId", equalTo((int) westRep.id()));
    String etag = PlanFixtures.etag(admin, acc);
    // the plan is now owned by a West rep; an East rep on the team may not take it over
    plan.put("ownerId", member.id());
    Api.as(member)
        .header("If-Match", etag)
        .body(plan)
        .put("/api/v1/accounts/" + acc + "/plan")
        .then()
        .statusCode(403);
    Api.as(eastManager)
        .header("If-Match", etag)
        .body(plan)
        .put("/api/v1/accounts/" + acc + "/plan")
        .then()
        .statusCode(403)
        .body("errors[0].message", containsString("away from"));

    // actions default to the plan owner; a rep may name only themselves
    PlanFixtures.addPart(
        member, acc, "actions", Map.of("what", "拜访", "ownerId", owner.id()), etag, 403);
    var added =
        PlanFixtures.addPart(
            member, acc, "actions", Map.of("what", "拜访", "ownerId", member.id()), etag, 201);
    long action = added.getLong("actions[0].id");
    etag = PlanFixtures.etag(admin, acc);
    Api.as(owner)
        .header("If-Match", etag)
        .body(Map.of("what", "拜访", "ownerId", owner.id()))
        .put("/api/v1/accounts/" + acc + "/plan/actions/" + action)
        .then()
        .statusCode(403)
        .body("errors.field", contains("ownerId"));
    Api.as(eastManager)
        .header("If-Match", etag)
        .body(Map.of("what", "拜访", "ownerId", owner.id()))
        .put("/api/v1/accounts/" + acc + "/plan/actions/" + action)
        .then()
        .statusCode(200)
        .body("actions[0].ownerId", equalTo((int) owner.id()));
  }

  @Test
  void ourSideCommitmentsAreAssignedByTheSameRule() {
    long acc = east.account();
    String etag = PlanFixtures.createPlan(admin, acc, "2026-01-01", "2026-12-31");
    Map<String, Object> c = PlanFixtures.commitment("US", "FOLLOW_UP", "发送方案", "2026-06-30");
    c.put("ownerId", owner.id());
    PlanFixtures.addPart(member, acc, "commitments", c, etag, 403);
    c.put("ownerId", member.id());
    PlanFixtures.addPart(member, acc, "commitments", c, etag, 201);
    c.put("ownerId", westRep.id());
    PlanFixtures.addPart(eastManager, acc, "commitments", c, PlanFixtures.etag(admin, acc), 403);
  }
}
