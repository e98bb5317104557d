package io.pareto.dataio;

import static io.pareto.dataio.DataioFixtures.importCsv;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportTest {
  @Inject TestUsers users;
  @Inject EntityManager em;

  long accountCount() {
    return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
  }

  @Test
  void csvWithBomQuotedCommasAndChineseImports() {
    TestUser rep = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    String csv =
        "\uFEFFexternalId,name,region,strategicValue\r\n"
            + p
            + "1,\"华为技术有限公司, 深圳\",华南,4\r\n"
            + p
            + "2,\"He said \"\"hi\"\"\",华东,\r\n";
    importCsv(rep, "accounts", csv)
        .statusCode(200)
        .body("created", equalTo(2))
        .body("updated", equalTo(0))
        .body("rows", equalTo(2))
        .body("dryRun", equalTo(false));
    Api.as(rep)
        .queryParam("q", p)
        .queryParam("sort", "externalId")
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("items.name", contains("华为技术有限公司, 深圳", "He said \"hi\""))
        .body("items.region", contains("华南", "华东"))
        .body("items[0].strategicValue", equalTo(4))
        .body("items.ownerId", contains((int) rep.id(), (int) rep.id()));
  }

  @Test
  void threeBadRowsAreAllReportedAndNothingIsWritten() {
    TestUser rep = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    String csv =
        "externalId,name,industryCode,strategicValue,kaKind\n"
            + p
            + "1,好的,,1,\n"
            + p
            + "2,,,2,\n" // name missing
            + p
            + "3,好的三,,9,\n" // strategicValue out of range
            + p
            + "4,好的四,,3,HUGE\n" // unknown kaKind
            + p
            + "5,好的五,,3,GROUP\n";
    long before = accountCount();
    importCsv(rep, "accounts", csv)
        .statusCode(422)
        .contentType(containsString("application/problem+json"))
        .body("status", equalTo(422))
        .body("rowErrors", hasSize(3))
        .body("rowErrors.rowNumber", contains(2, 3, 4))
        .body("rowErrors.column", contains("name", "strategicValue", "kaKind"))
        .body("rowErrors[1].value", equalTo("9"))
        .body("rowErrors.code", contains("REQUIRED", "TOO_LARGE", "NOT_ALLOWED"))
        .body("rowErrors[1].expected", equalTo("5"))
        .body("rowErrors[2].message", containsString("GROUP"))
        .body("rowErrors[2].expected", containsString("GROUP"));
    assertEquals(before, accountCount());
  }

  @Test
  void duplicateKeysInOneFileAndUnknownColumnsAreErrors() {
    TestUser rep = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    importCsv(rep, "accounts", "externalId,name\n" + p + "1,a\n" + p + "1,b\n")
        .statusCode(422)
        .body("rowErrors.rowNumber", contains(2))
        .body("rowErrors[0].message", containsString("duplicate"))
        .body("rowErrors[0].code", equalTo("DUPLICATE_KEY"))
        .body("rowErrors[0].expected", equalTo("externalId"));
    importCsv(rep, "accounts", "externalId,name,colour\n" + p + "1,a,red\n")
        .statusCode(422)
        .body("rowErrors.rowNumber", contains(0))
        .body("rowErrors[0].column", equalTo("colour"))
        .body("rowErrors[0].code", equalTo("UNKNOWN_COLUMN"));
  }

  @Test
  void upsertUpdatesRatherThanDuplicates() {
    TestUser rep = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    importCsv(rep, "accounts", "externalId,name\n" + p + "1,甲\n" + p + "2,乙\n")
        .statusCode(200)
        .body("created", equalTo(2));
    long before = accountCount();
    importCsv(rep, "accounts", "externalId,name\n" + p + "1,甲改\n" + p + "2,乙\n")
        .statusCode(200)
        .body("created", equalTo(0))
        .body("updated", equalTo(1))
        .body("unchanged", equalTo(1));
    assertEquals(before, accountCount());
    Api.as(rep)
        .queryParam("q", p + "1")
        .get("/api/v1/accounts")
        .then()
        .body("items.name", contains("甲改"))
        .body("items[0].version", equalTo(1));
  }

  @Test
  void dryRunWritesNothing() {
    TestUser rep = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    long before = accountCount();
    importCsv(rep, "accounts", "externalId,name\n" + p + "1,甲\n" + p + "2,乙\n", true)
        .statusCode(200)
        .body("dryRun", equalTo(true))
        .body("created", equalTo(2));
    assertEquals(before, accountCount());
  }

  @Test
  void jsonArraysImportContactsAndFactsByAccountExternalId() {
    TestUser rep = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    importCsv(rep, "accounts", "externalId,name\n" + p + "A,客户甲\n").statusCode(200);
    Api.as(rep)
        .body(
            List.of(
                Map.of(
                    "externalId",
                    p + "C1",
                    "accountExternalId",
                    p + "A",
                    "name",
                    "王建国",
                    "layer",
                    "DECISION"),
                Map.of(
                    "externalId",
                    p + "C2",
                    "accountExternalId",
                    p + "A",
                    "name",
                    "李娜",
                    "layer",
                    "USER",
                    "lastContactedOn",
                    "2026-11-02")))
        .post("/api/v1/imports/contacts")
        .then()
        .statusCode(200)
        .body("created", equalTo(2));
    Api.as(rep)
        .body(
            List.of(
                Map.of(
                    "accountExternalId",
                    p + "A",
                    "month",
                    "2026-09",
                    "revenue",
                    100.5,
                    "grossProfit",
                    -3,
                    "costToServe",
                    "10.00",
                    "orderCount",
                    2),
                Map.of(
                    "accountExternalId",
                    p + "NOPE",
                    "month",
                    "2026-13",
                    "revenue",
                    1,
                    "grossProfit",
                    1,
                    "costToServe",
                    1,
                    "orderCount",
                    1)))
        .post("/api/v1/imports/facts")
        .then()
        .statusCode(422)
        .body("rowErrors.column", contains("accountExternalId", "month"))
        .body("rowErrors.code", contains("UNKNOWN_ACCOUNT", "NOT_MONTH"));
  }

  @Test
  void repsMayNotReachOthersAccountsOrAssignOwnersOrImportUsers() {
    TestUser owner = users.create(Role.REP);
    TestUser other = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    importCsv(owner, "accounts", "externalId,name\n" + p + "1,甲\n").statusCode(200);
    importCsv(other, "accounts", "externalId,name\n" + p + "1,抢\n")
        .statusCode(403)
        .body("rowErrors.rowNumber", contains(1))
        .body("rowErrors.code", contains("NOT_VISIBLE"));
    importCsv(other, "accounts", "externalId,name,ownerEmail\n" + p + "2,乙," + owner.email() + "\n")
        .statusCode(403)
        .body("rowErrors.column", contains("ownerEmail"))
        .body("rowErrors.code", contains("ASSIGN_SELF_ONLY"));
    importCsv(other, "contacts", "externalId,accountExternalId,layer\n" + p + "C," + p + "1,USER\n")
        .statusCode(422);
    importCsv(other, "users", "email,name,role\nx@pareto.test,X,REP\n").statusCode(403);
  }

  @Test
  void bodiesOverTheLimitAreRefusedWith413() {
    TestUser rep = users.create(Role.REP);
    String big = "externalId,name\n" + "x,y\n".repeat(300_000); // 1.2 MB > the 1M test limit
    importCsv(rep, "accounts", big)
        .statusCode(413)
        .contentType(containsString("application/problem+json"));
  }
}
