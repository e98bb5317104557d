package io.pareto.team;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TargetTransferTest {
  @Inject TestUsers users;

  @Test
  void importCreatesUpdatesAndCountsThenExportGivesTheSameFileBack() {
    long team = users.team("华东");
    TestUser manager = users.create(Role.MANAGER, team);
    TestUser r1 = users.create(Role.REP, team);
    TestUser r2 = users.create(Role.REP, team);
    TeamViewTest.target(manager, r1.id(), "2031-Q1", "100.00");

    String file =
        "userEmail,period,amount\n"
            + r1.email().toUpperCase()
            + ",2031-Q1,3000000\n" // changes the stored 100.00
            + r2.email()
            + ",2031-Q1,\"2000000.50\"\n"
            + r2.email()
            + ",2031-01,700000.00\n";
    importFile(manager, file, true)
        .statusCode(200)
        .body("dryRun", equalTo(true))
        .body("rows", equalTo(3))
        .body("created", equalTo(2))
        .body("updated", equalTo(1));
    assertEquals(100.0, amount(manager, r1, "2031-Q1"), "a dry run writes nothing");

    importFile(manager, file, false)
        .statusCode(200)
        .body("created", equalTo(2))
        .body("updated", equalTo(1))
        .body("unchanged", equalTo(0));
    assertEquals(3_000_000.0, amount(manager, r1, "2031-Q1"));

    String exported = export(manager, "2031-Q1");
    List<String> lines = exported.lines().toList();
    assertEquals("userEmail,period,amount", lines.get(0));
    assertEquals(3, lines.size(), exported);
    // Imported again unchanged: nothing to do.
    importFile(manager, exported, false)
        .statusCode(200)
        .body("unchanged", equalTo(2))
        .body("created", equalTo(0))
        .body("updated", equalTo(0));
  }

  @Test
  void everyBadRowIsListedAndNothingIsWritten() {
    long team = users.team("华东");
    TestUser manager = users.create(Role.MANAGER, team);
    TestUser r1 = users.create(Role.REP, team);
    String file =
        "userEmail,period,amount\n"
            + r1.email()
            + ",2031-Q2,5000\n" // valid, yet not written
            + "nobody@pareto.test,2031-Q2,1\n"
            + r1.email()
            + ",2031-Q5,1\n"
            + r1.email()
            + ",2031-05,-3\n"
            + r1.email()
            + ",2031-06,1.005\n"
            + r1.email()
            + ",2031-Q2,6000\n";
    importFile(manager, file, false)
        .statusCode(422)
        .contentType("application/problem+json")
        .body("rowErrors.rowNumber", contains(2, 3, 4, 5, 6))
        .body(
            "rowErrors.code",
            contains(
                "UNKNOWN_USER", "NOT_ALLOWED", "NEGATIVE", "TOO_MANY_DECIMALS", "DUPLICATE_KEY"))
        .body("rowErrors.column", contains("userEmail", "period", "amount", "amount", "userEmail"));
    Api.as(manager)
        .queryParam("userId", r1.id())
        .get("/api/v1/targets")
        .then()
        .statusCode(200)
        .body("$", hasSize(0));
  }

  @Test
  void headerMustNameTheColumns() {
    TestUser admin = users.create(Role.ADMIN);
    importFile(admin, "userEmail,quota\nx@pareto.test,1\n", false)
        .statusCode(422)
        .body("rowErrors.code", contains("UNKNOWN_COLUMN", "MISSING_COLUMN", "MISSING_COLUMN"))
        .body("rowErrors.column", contains("quota", "period", "amount"));
  }

  @Test
  void aManagerImportsForTheirOwnTeamOnlyAndARepNotAtAll() {
    long team = users.team("华东");
    TestUser manager = users.create(Role.MANAGER, team);
    TestUser rep = users.create(Role.REP, team);
    TestUser other = users.create(Role.REP, users.team("华北"));
    importFile(
            manager,
            "userEmail,period,amount\n"
                + rep.email()
                + ",2031-Q3,1\n"
                + other.email()
                + ",2031-Q3,1\n",
            false)
        .statusCode(403)
        .body("rowErrors.rowNumber", contains(2))
        .body("rowErrors.code", contains("TARGET_OUTSIDE_TEAM"));
    importFile(rep, "userEmail,period,amount\n" + rep.email() + ",2031-Q3,1\n", false)
        .statusCode(403);
    // The export shows only what the caller may read.
    TeamViewTest.target(users.create(Role.ADMIN), other.id(), "2031-Q3", "9.00");
    assertEquals(1, export(manager, "2031-Q3").lines().count());
  }

  private ValidatableResponse importFile(TestUser as, String csv, boolean dryRun) {
    return Api.as(as)
        .contentType("text/csv")
        .queryParam("dryRun", dryRun)
        .body(csv)
        .post("/api/v1/targets/import")
        .then();
  }

  private String export(TestUser as, String period) {
    return Api.as(as)
        .accept("text/csv")
        .queryParam("period", period)
        .get("/api/v1/targets/export")
        .then()
        .statusCode(200)
        .contentType("text/csv")
        .extract()
        .asString();
  }

  private double amount(TestUser as, TestUser of, String period) {
    return Api.as(as)
        .queryParam("userId", of.id())
        .queryParam("period", period)
        .get("/api/v1/targets")
        .then()
        .statusCode(200)
        .extract()
        .<Number>path("[0].amount")
        .doubleValue();
  }
}
