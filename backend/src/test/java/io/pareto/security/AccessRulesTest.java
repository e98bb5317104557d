package io.pareto.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.pareto.security.SecurityFixtures.Records;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Roles table: scoped lists, owner assignment (mass assignment), account team, audit. */
@QuarkusTest
class AccessRulesTest {
  @Inject TestUsers users;

  @Test
  void aRepCannotAssignOwnersAndIsToldWhichField() {
    TestUser admin = users.create(Role.ADMIN);
    TestUser rep = users.create(Role.REP);
    TestUser other = users.create(Role.REP);
    var body = Fixtures.account("Mass 客户");
    body.put("ownerId", other.id());
    Api.as(rep)
        .body(body)
        .post("/api/v1/accounts")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("ownerId"));
    body.put("ownerId", rep.id());
    long id = Fixtures.createAccount(rep, body).getLong("id");
    Api.as(rep)
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("ownerId", other.id()))
        .patch("/api/v1/accounts/" + id)
        .then()
        .statusCode(403)
        .body("errors.field", hasItem("ownerId"));
    Api.as(rep)
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("region", "华北"))
        .patch("/api/v1/accounts/" + id)
        .then()
        .statusCode(200);
    Records r = SecurityFixtures.recordsOf(admin, rep, "Mass opp");
    Api.as(rep)
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("ownerId", other.id()))
        .patch("/api/v1/opportunities/" + r.opportunity())
        .then()
        .statusCode(403)
        .body("errors.field", hasItem("ownerId"));
  }

  @Test
  void aManagerReassignsOwnersWithinTheTeamOnly() {
    TestUser admin = users.create(Role.ADMIN);
    long team = users.team("reassign");
    TestUser manager = users.create(Role.MANAGER, team);
    TestUser a = users.create(Role.REP, team);
    TestUser b = users.create(Role.REP, team);
    TestUser outsider = users.create(Role.REP, users.team("elsewhere"));
    Records r = SecurityFixtures.recordsOf(admin, a, "Reassign");
    String path = "/api/v1/accounts/" + r.account();
    Api.as(manager)
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("ownerId", outsider.id()))
        .patch(path)
        .then()
        .statusCode(403)
        .body("errors.field", hasItem("ownerId"));
    Api.as(manager)
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("ownerId", b.id()))
        .patch(path)
        .then()
        .statusCode(200)
        .body("ownerId", equalTo((int) b.id()));
    Api.as(a).get(path).then().statusCode(404);
    Api.as(b).get(path).then().statusCode(200);
  }

  @Test
  void listsShowOnlyTheCallersAccountsAndTheAccountTeamSharesVisibility() {
    TestUser admin = users.create(Role.ADMIN);
    long team = users.team("lists");
    TestUser manager = users.create(Role.MANAGER, team);
    TestUser rep = users.create(Role.REP, team);
    TestUser other = users.create(Role.REP);
    Records mine = SecurityFixtures.recordsOf(admin, rep, "List mine");
    Records theirs = SecurityFixtures.recordsOf(admin, other, "List theirs");

    Api.as(rep)
        .queryParam("size", 500)
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("items.id", hasItem((int) mine.account()))
        .body("items.id", not(hasItem((int) theirs.account())))
        .body("items.ownerId", everyItem(equalTo((int) rep.id())));
    Api.as(rep)
        .queryParam("size", 500)
        .get("/api/v1/opportunities")
        .then()
        .body("items.id", not(hasItem((int) theirs.opportunity())));
    Api.as(rep)
        .queryParam("size", 500)
        .get("/api/v1/contacts")
        .then()
        .body("items.id", not(hasItem((int) theirs.contact())));

    // The manager of another team adds the rep to the account team: now the rep sees it, and
    // nothing else.
    Api.as(manager)
        .body(Map.of("teamRole", "TECHNICAL_SPECIALIST"))
        .put("/api/v1/accounts/" + theirs.account() + "/team/" + rep.id())
        .then()
        .statusCode(404);
    Api.as(admin)
        .body(Map.of("teamRole", "TECHNICAL_SPECIALIST"))
        .put("/api/v1/accounts/" + theirs.account() + "/team/" + rep.id())
        .then()
        .statusCode(200)
        .body("teamRole", equalTo("TECHNICAL_SPECIALIST"));
    Api.as(rep)
        .get("/api/v1/accounts/" + theirs.account() + "/team")
        .then()
        .statusCode(200)
        .body("userId", hasItem((int) rep.id()));
    Api.as(rep).get("/api/v1/contacts/" + theirs.contact()).then().statusCode(200);
    Api.as(rep)
        .body(Map.of("teamRole", "SERVICE"))
        .put("/api/v1/accounts/" + theirs.account() + "/team/" + rep.id())
        .then()
        .statusCode(403);
    Api.as(admin)
        .delete("/api/v1/accounts/" + theirs.account() + "/team/" + rep.id())
        .then()
        .statusCode(204);
    Api.as(rep).get("/api/v1/contacts/" + theirs.contact()).then().statusCode(404);
    Api.as(admin)
        .queryParam("entityType", "ACCOUNT_TEAM_MEMBER")
        .queryParam("accountId", theirs.account())
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("items.action", hasItems("CREATE", "DELETE"));
  }

  @Test
  void auditRecordsKeepValuesBeforeAndAfter() {
    TestUser admin = users.create(Role.ADMIN);
    long team = users.team("audit");
    TestUser manager = users.create(Role.MANAGER, team);
    TestUser rep = users.create(Role.REP, team);
    Records r = SecurityFixtures.recordsOf(admin, rep, "Audit");
    Api.as(rep)
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("region", "西南"))
        .patch("/api/v1/accounts/" + r.account())
        .then()
        .statusCode(200);
    Api.as(manager)
        .queryParam("entityType", "ACCOUNT")
        .queryParam("entityId", String.valueOf(r.account()))
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("UPDATE"))
        .body("items[0].actor", equalTo(rep.email()))
        .body("items[0].changes.region[0]", equalTo("华东"))
        .body("items[0].changes.region[1]", equalTo("西南"));
    Api.as(users.create(Role.MANAGER, users.team("not audit")))
        .queryParam("entityType", "ACCOUNT")
        .queryParam("entityId", String.valueOf(r.account()))
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    Api.as(rep).get("/api/v1/audit").then().statusCode(403).body("detail", containsString("role"));
  }
}
