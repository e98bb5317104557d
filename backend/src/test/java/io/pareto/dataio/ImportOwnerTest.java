package io.pareto.dataio;

import static io.pareto.dataio.DataioFixtures.importCsv;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Imports obey the owner rule of the REST path: a refused owner is a row error and nothing is
 * written.
 */
@QuarkusTest
class ImportOwnerTest {
  @Inject TestUsers users;

  TestUser admin, eastManager, wang, li, westManager, emma;
  String p;
  long account;

  @BeforeEach
  void eastAccountWithATeamMember() {
    admin = users.create(Role.ADMIN);
    long east = users.team("east");
    long west = users.team("west");
    eastManager = users.create(Role.MANAGER, east);
    wang = users.create(Role.REP, east);
    li = users.create(Role.REP, east);
    westManager = users.create(Role.MANAGER, west);
    emma = users.create(Role.REP, west);
    p = DataioFixtures.prefix();
    importCsv(
            admin,
            "accounts",
            "externalId,name,ownerEmail\n"
                + p
                + "62,BYD Auto,"
                + wang.email()
                + "\n"
                + p
                + "63,CATL,"
                + wang.email()
                + "\n")
        .statusCode(200)
        .body("created", equalTo(2));
    importCsv(
            admin,
            "opportunities",
            "externalId,accountExternalId,name,amount,stage,ownerEmail\n"
                + p
                + "D62,"
                + p
                + "62,二期,1000.00,LEAD,"
                + wang.email()
                + "\n")
        .statusCode(200);
    account =
        Api.as(admin)
            .queryParam("q", p + "62")
            .get("/api/v1/accounts")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    for (TestUser u : new TestUser[] {li, westManager}) {
      Api.as(admin)
          .body(Map.of("teamRole", "TECHNICAL_SPECIALIST"))
          .put("/api/v1/accounts/" + account + "/team/" + u.id())
          .then()
          .statusCode(200);
    }
  }

  private void ownerIs(TestUser expected) {
    Api.as(admin)
        .get("/api/v1/accounts/" + account)
        .then()
        .statusCode(200)
        .body("ownerId", equalTo((int) expected.id()));
  }

  @Test
  void aRepOnTheAccountTeamCannotTakeTheAccountOrTheDealByImport() {
    importCsv(
            li, "accounts", "externalId,name,ownerEmail\n" + p + "62,BYD Auto," + li.email() + "\n")
        .statusCode(403)
        .contentType("application/problem+json")
        .body("rowErrors.rowNumber", contains(1))
        .body("rowErrors.column", contains("ownerEmail"))
        .body("rowErrors.code", contains("OWNER_CHANGE_NOT_ALLOWED"));
    ownerIs(wang);
    Api.as(wang).get("/api/v1/accounts/" + account).then().statusCode(200);
    importCsv(
            li,
            "opportunities",
            "externalId,accountExternalId,name,amount,stage,ownerEmail\n"
                + p
                + "D62,"
                + p
                + "62,二期,1000.00,LEAD,"
                + li.email()
                + "\n")
        .statusCode(403)
        .body("rowErrors.code", contains("OWNER_CHANGE_NOT_ALLOWED"));
    // a new deal on the account may be the rep's own, not a colleague's
    importCsv(
            li,
            "opportunities",
            "externalId,accountExternalId,name,amount,stage,ownerEmail\n"
                + p
                + "D63,"
                + p
                + "62,三期,10.00,LEAD,"
                + wang.email()
                + "\n")
        .statusCode(403)
        .body("rowErrors.code", contains("ASSIGN_SELF_ONLY"));
    importCsv(
            li,
            "opportunities",
            "externalId,accountExternalId,name,amount,stage,ownerEmail\n"
                + p
                + "D63,"
                + p
                + "62,三期,10.00,LEAD,"
                + li.email()
                + "\n")
        .statusCode(200)
        .body("created", equalTo(1));
  }

  @Test
  void aManagerMovesOwnersOnlyWithinTheTeamJudgedOnBothOwners() {
    importCsv(
            eastManager,
            "accounts",
            "externalId,name,ownerEmail\n" + p + "62,BYD Auto," + emma.email() + "\n")
        .statusCode(403)
        .body("rowErrors.code", contains("OWNER_OUTSIDE_TEAM"));
    importCsv(
            westManager,
            "accounts",
            "externalId,name,ownerEmail\n" + p + "62,BYD Auto," + emma.email() + "\n")
        .statusCode(403)
        .body("rowErrors.code", contains("OWNED_OUTSIDE_TEAM"));
    ownerIs(wang);
    importCsv(
            eastManager,
            "accounts",
            "externalId,name,ownerEmail\n" + p + "62,BYD Auto," + li.email() + "\n")
        .statusCode(200)
        .body("updated", equalTo(1));
    ownerIs(li);
  }

  @Test
  void oneRefusedOwnerRejectsTheWholeFile() {
    importCsv(
            eastManager,
            "accounts",
            "externalId,name,ownerEmail\n"
                + p
                + "63,CATL 宁德时代,\n"
                + p
                + "62,BYD Auto,"
                + emma.email()
                + "\n")
        .statusCode(403)
        .body("rowErrors.rowNumber", contains(2));
    Api.as(admin)
        .queryParam("q", p + "63")
        .get("/api/v1/accounts")
        .then()
        .body("items[0].name", equalTo("CATL"));
  }

  @Test
  void everyOwnerChangeOfAnImportIsAnAuditEvent() {
    importCsv(
            admin,
            "accounts",
            "externalId,name,ownerEmail\n"
                + p
                + "62,BYD Auto,"
                + li.email()
                + "\n"
                + p
                + "63,CATL 宁德时代,"
                + emma.email()
                + "\n"
                + p
                + "64,新客户,"
                + li.email()
                + "\n")
        .statusCode(200)
        .body("created", equalTo(1))
        .body("updated", equalTo(2));
    importCsv(
            admin,
            "opportunities",
            "externalId,accountExternalId,name,amount,stage,ownerEmail\n"
                + p
                + "D62,"
                + p
                + "62,二期,1000.00,LEAD,"
                + li.email()
                + "\n")
        .statusCode(200);
    // two accounts and one deal changed owner; the new account is a creation, not an owner change
    Api.as(admin)
        .queryParam("action", "OWNER_CHANGE")
        .queryParam("actor", admin.email())
        .get("/api/v1/audit")
        .then()
        .body("total", equalTo(3))
        .body("items.entityType", containsInAnyOrder("ACCOUNT", "ACCOUNT", "OPPORTUNITY"))
        .body(
            "items.collect { it.changes.ownerId[0] }",
            containsInAnyOrder((int) wang.id(), (int) wang.id(), (int) wang.id()))
        .body(
            "items.collect { it.changes.ownerId[1] }",
            containsInAnyOrder((int) li.id(), (int) emma.id(), (int) li.id()))
        .body(
            "items.collect { it.changes.ownerName[1] }",
            containsInAnyOrder("REP 测试", "REP 测试", "REP 测试"));
    Api.as(admin)
        .queryParam("entityType", "ACCOUNT")
        .queryParam("entityId", String.valueOf(account))
        .queryParam("action", "OWNER_CHANGE")
        .get("/api/v1/audit")
        .then()
        .body("total", equalTo(1))
        .body("items[0].accountId", equalTo((int) account));
  }
}
