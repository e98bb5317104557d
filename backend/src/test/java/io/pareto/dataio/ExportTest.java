package io.pareto.dataio;

import static io.pareto.dataio.DataioFixtures.exportCsv;
import static io.pareto.dataio.DataioFixtures.importCsv;
import static io.pareto.dataio.DataioFixtures.withoutUpdatedAt;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportTest {
  @Inject TestUsers users;

  @Test
  void exportThenImportRoundTripYieldsIdenticalData() {
    TestUser rep = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    importCsv(
            rep,
            "accounts",
            "externalId,name,region,kaKind,estimatedAnnualPotential,strategicValue\n"
                + p
                + "1,\"甲, 有限公司\",华东,GROUP,1200000.50,4\n"
                + p
                + "2,\"说 \"\"好\"\"\",,,,\n")
        .statusCode(200);
    importCsv(
            rep,
            "facts",
            "accountExternalId,month,revenue,grossProfit,costToServe,orderCount\n"
                + p
                + "1,2026-09,100.50,-3,10,2\n"
                + p
                + "1,2026-10,0,0,0,0\n")
        .statusCode(200);
    String accounts = exportCsv(rep, "accounts", null);
    String facts = exportCsv(rep, "facts", null);
    assertEquals(3, accounts.split("\r\n").length);
    assertEquals(3, facts.split("\r\n").length);

    // re-importing the export changes nothing; after other edits it restores the exported data
    importCsv(rep, "accounts", accounts)
        .statusCode(200)
        .body("unchanged", equalTo(2))
        .body("updated", equalTo(0));
    importCsv(rep, "facts", facts).statusCode(200).body("unchanged", equalTo(2));
    importCsv(rep, "accounts", "externalId,name\n" + p + "1,改\n" + p + "2,改\n")
        .statusCode(200)
        .body("updated", equalTo(2));
    importCsv(
            rep,
            "facts",
            "accountExternalId,month,revenue,grossProfit,costToServe,orderCount\n"
                + p
                + "1,2026-09,1,1,1,1\n")
        .statusCode(200)
        .body("updated", equalTo(1));
    importCsv(rep, "accounts", accounts).statusCode(200).body("updated", equalTo(2));
    importCsv(rep, "facts", facts).statusCode(200).body("updated", equalTo(1));
    assertEquals(withoutUpdatedAt(accounts), withoutUpdatedAt(exportCsv(rep, "accounts", null)));
    assertEquals(withoutUpdatedAt(facts), withoutUpdatedAt(exportCsv(rep, "facts", null)));
  }

  @Test
  void incrementalExportReturnsOnlyChangedRows() throws Exception {
    TestUser rep = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    importCsv(rep, "accounts", "externalId,name\n" + p + "1,甲\n" + p + "2,乙\n" + p + "3,丙\n")
        .statusCode(200);
    Thread.sleep(20);
    Instant since = Instant.now();
    importCsv(rep, "accounts", "externalId,name\n" + p + "2,乙改\n")
        .statusCode(200)
        .body("updated", equalTo(1));
    List<String> lines = List.of(exportCsv(rep, "accounts", since.toString()).split("\r\n"));
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).contains(p + "2,乙改"), lines.get(1));
  }

  @Test
  void ndjsonByAcceptOrFormatAndUsersForAdminsOnly() {
    TestUser rep = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    importCsv(rep, "accounts", "externalId,name,strategicValue\n" + p + "1,甲,3\n").statusCode(200);
    String body =
        Api.as(rep)
            .accept("*/*")
            .queryParam("format", "ndjson")
            .get("/api/v1/exports/accounts")
            .then()
            .statusCode(200)
            .contentType("application/x-ndjson")
            .extract()
            .asString();
    assertEquals(1, body.trim().split("\n").length);
    assertTrue(
        body.contains("\"externalId\":\"" + p + "1\"") && body.contains("\"strategicValue\":3"),
        body);
    Api.as(rep)
        .accept("application/x-ndjson")
        .get("/api/v1/exports/accounts")
        .then()
        .statusCode(200)
        .contentType("application/x-ndjson");
    Api.as(rep).accept("text/csv").get("/api/v1/exports/users").then().statusCode(403);
    TestUser admin = users.create(Role.ADMIN);
    assertTrue(exportCsv(admin, "users", null).contains(rep.email()));
  }

  @Test
  void accountListFiltersNarrowTheExportAndTheRowsOfTheirAccounts() {
    TestUser rep = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    importCsv(
            rep,
            "accounts",
            "externalId,name,region,kaKind\n"
                + p
                + "1,甲银行,华东,GROUP\n"
                + p
                + "2,乙银行,华北,GROUP\n"
                + p
                + "3,丙工厂,华东,\n")
        .statusCode(200);
    importCsv(
            rep,
            "facts",
            "accountExternalId,month,revenue,grossProfit,costToServe,orderCount\n"
                + p
                + "1,2026-09,1,1,1,1\n"
                + p
                + "2,2026-09,1,1,1,1\n"
                + p
                + "3,2026-09,1,1,1,1\n")
        .statusCode(200);
    // the rep sees only these three accounts, so the filters alone decide which rows come back
    String byRegion =
        Api.as(rep)
            .accept("text/csv")
            .queryParam("region", "华东")
            .queryParam("kaKind", "GROUP")
            .get("/api/v1/exports/accounts")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<String> lines = List.of(byRegion.split("\r\n"));
    assertEquals(2, lines.size(), byRegion);
    assertTrue(lines.get(1).contains(p + "1,甲银行"), lines.get(1));
    String byText =
        Api.as(rep)
            .accept("text/csv")
            .queryParam("q", "银行")
            .get("/api/v1/exports/facts")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertEquals(3, byText.split("\r\n").length, byText);
    assertTrue(!byText.contains(p + "3,"), byText);
    TestUser admin = users.create(Role.ADMIN);
    Api.as(admin)
        .accept("text/csv")
        .queryParam("region", "华东")
        .get("/api/v1/exports/users")
        .then()
        .statusCode(400);
  }
}
