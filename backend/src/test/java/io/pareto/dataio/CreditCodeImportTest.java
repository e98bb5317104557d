package io.pareto.dataio;

import static io.pareto.dataio.DataioFixtures.importCsv;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CreditCodeImportTest {
  @Inject TestUsers users;

  @Test
  void theCodeImportsCanonicalAndExportsInBothFormats() {
    TestUser rep = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    importCsv(
            rep,
            "accounts",
            "externalId,name,creditCode\n" + p + "1,小米科技有限责任公司,９１１１0108 551385082q\n")
        .statusCode(200)
        .body("created", equalTo(1));
    String csv = DataioFixtures.exportCsv(rep, "accounts", null);
    assertTrue(csv.startsWith("id,externalId,name,creditCode,"), csv);
    assertTrue(csv.contains(p + "1,小米科技有限责任公司,91110108551385082Q,"), csv);
    String ndjson =
        Api.as(rep)
            .accept("application/x-ndjson")
            .get("/api/v1/exports/accounts")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(ndjson.contains("\"creditCode\":\"91110108551385082Q\""), ndjson);
    // the bulk path keeps the duplicate key too: the code finds the account
    Api.as(rep)
        .get("/api/v1/accounts/duplicates?name=Xiaomi&creditCode=91110108551385082Q")
        .then()
        .statusCode(200)
        .body("candidates[0].signals", contains("CREDIT_CODE", "READING_PREFIX"))
        .body("candidates[0].score", equalTo(100));
  }

  @Test
  void aBadCheckCharacterIsARowError() {
    TestUser rep = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    importCsv(rep, "accounts", "externalId,name,creditCode\n" + p + "1,甲,91110108551385082A\n")
        .statusCode(422)
        .body("rowErrors.code", contains("NOT_CREDIT_CODE"))
        .body("rowErrors[0].column", equalTo("creditCode"));
  }

  @Test
  void aDryRunListsRowsLikeAnExistingAccountOrAnEarlierRow() {
    TestUser admin = users.create(Role.ADMIN);
    String p = DataioFixtures.prefix();
    importCsv(admin, "accounts", "externalId,name\n" + p + "1,三花智控股份有限公司\n").statusCode(200);
    long existing =
        Api.as(admin)
            .get("/api/v1/accounts?q=" + p + "1")
            .then()
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    String csv =
        "externalId,name\n"
            + p
            + "1,三花智控股份有限公司\n" // the same record again: an update, not a duplicate
            + p
            + "2,三花智控(杭州)有限公司\n"
            + p
            + "3,苏泊尔电器\n"
            + p
            + "4,苏泊尔电器股份有限公司\n";
    importCsv(admin, "accounts", csv, true)
        .statusCode(200)
        .body("dryRun", equalTo(true))
        .body("duplicates.rowNumber", contains(2, 4))
        .body("duplicates[0].accountId", equalTo((int) existing))
        .body("duplicates[0].signals", contains("NAME"))
        .body("duplicates[1].sameAsRow", equalTo(3))
        .body("duplicates[1].accountId", equalTo(null));
  }
}
