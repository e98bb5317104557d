package io.pareto.dataio;

import static io.pareto.dataio.DataioFixtures.importCsv;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The upsert's comparisons and checks, which PostgreSQL runs in SQL over a COPY staging table and
 * H2 in Java per chunk: both must answer the same (the suite runs on both databases).
 */
@QuarkusTest
class ImportUpsertTest {
  @Inject TestUsers users;

  @Test
  void tabsBackslashesAndLineBreaksAreStoredAsSent() {
    TestUser rep = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    String name = "甲\tA\\B \\N\r\n第二行";
    Api.as(rep)
        .body(List.of(Map.of("externalId", p + "1", "name", name, "region", "\\N")))
        .post("/api/v1/imports/accounts")
        .then()
        .statusCode(200)
        .body("created", equalTo(1));
    Api.as(rep)
        .queryParam("q", p)
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("items.name", contains(name))
        .body("items.region", contains("\\N"));
    Api.as(rep)
        .body(List.of(Map.of("externalId", p + "1", "name", name, "region", "\\N")))
        .post("/api/v1/imports/accounts")
        .then()
        .statusCode(200)
        .body("unchanged", equalTo(1));
  }

  @Test
  void aBlankOwnerKeepsTheStoredOneAndFactsCompareByValue() {
    TestUser admin = users.create(Role.ADMIN);
    TestUser rep = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    importCsv(
            admin,
            "accounts",
            "externalId,name,ownerEmail\n" + p + "1,甲," + rep.email() + "\n" + p + "2,乙,\n")
        .statusCode(200)
        .body("created", equalTo(2));
    importCsv(
            admin,
            "accounts",
            "externalId,name,ownerEmail\n" + p + "1,甲,\n" + p + "2,乙改,\n" + p + "3,丙,\n")
        .statusCode(200)
        .body("created", equalTo(1))
        .body("updated", equalTo(1))
        .body("unchanged", equalTo(1));
    importCsv(rep, "accounts", "externalId,name\n" + p + "1,甲改\n")
        .statusCode(200)
        .body("updated", equalTo(1));
    Api.as(admin)
        .queryParam("q", p)
        .queryParam("sort", "externalId")
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("items.name", contains("甲改", "乙改", "丙"))
        .body("items.ownerId", contains((int) rep.id(), (int) admin.id(), (int) admin.id()))
        .body("items.version", contains(1, 1, 0));

    String header = "accountExternalId,month,revenue,grossProfit,costToServe,orderCount\n";
    importCsv(rep, "facts", header + p + "1,2026-01,100.5,1,1,1\n" + p + "1,2026-02,7,1,1,1\n")
        .statusCode(200);
    importCsv(
            rep,
            "facts",
            header
                + p
                + "1,2026-01,100.50,1.0,1,1\n"
                + p
                + "1,2026-02,8,1,1,1\n"
                + p
                + "1,2026-03,9,1,1,1\n")
        .statusCode(200)
        .body("created", equalTo(1))
        .body("updated", equalTo(1))
        .body("unchanged", equalTo(1));
  }

  @Test
  void badCellsAndRecordsOutOfReachAreListedTogetherInRowOrder() {
    TestUser owner = users.create(Role.REP);
    TestUser other = users.create(Role.REP);
    String p = DataioFixtures.prefix();
    importCsv(owner, "accounts", "externalId,name\n" + p + "1,甲\n").statusCode(200);
    importCsv(owner, "contacts", "externalId,accountExternalId,layer\n" + p + "C," + p + "1,USER\n")
        .statusCode(200);
    importCsv(other, "accounts", "externalId,name\n" + p + "9,己\n").statusCode(200);
    importCsv(
            other,
            "accounts",
            "externalId,name,strategicValue\n"
                + p
                + "2,乙,\n"
                + p
                + "1,抢,\n"
                + p
                + "3,丙,9\n"
                + p
                + "4,丁,\n")
        .statusCode(403)
        .body("rowErrors.rowNumber", contains(2, 3))
        .body("rowErrors.column", contains("externalId", "strategicValue"));
    // a contact stored under an account the caller cannot see, named again under one they can
    importCsv(other, "contacts", "externalId,accountExternalId,layer\n" + p + "C," + p + "9,USER\n")
        .statusCode(403)
        .body("rowErrors.rowNumber", contains(1))
        .body("rowErrors[0].value", equalTo(p + "C"));
    Api.as(owner)
        .queryParam("q", p + "1")
        .get("/api/v1/accounts")
        .then()
        .body("items.name", contains("甲"));
  }
}
