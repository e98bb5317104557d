package io.pareto.team;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TargetForecastTest {
  @Inject TestUsers users;
  @Inject EntityManager em;

  @Test
  void attainmentAndGapAgainstTheTargetsHandComputed() {
    long team = users.team("华东");
    TestUser manager = users.create(Role.MANAGER, team);
    TestUser r1 = users.create(Role.REP, team);
    TestUser r2 = users.create(Role.REP, team);
    TestUser r3 = users.create(Role.REP, team); // a target, no deals
    TestUser elsewhere = users.create(Role.REP, users.team("华北"));
    String quarter = TeamViewTest.quarter();
    LocalDate end = TargetPeriod.parse(quarter).end();

    long a1 = Fixtures.accountId(r1, "达成一");
    long a2 = Fixtures.accountId(r2, "达成二");
    long won = Fixtures.opportunityId(r1, a1, "已赢", "300000.00");
    long commit = Fixtures.opportunityId(r1, a1, "承诺", "200000.00");
    long best = Fixtures.opportunityId(r1, a1, "最佳", "100000.00");
    long lead = Fixtures.opportunityId(r2, a2, "线索", "50000.00");
    Fixtures.opportunityId(elsewhere, Fixtures.accountId(elsewhere, "别队"), "别队", "999.00");
    String close = end.minusDays(1).toString();
    sql(
        "update opportunity set stage = 'NEGOTIATION', forecast_category = 'COMMIT', expected_close_date = '"
            + close
            + "' where id = "
            + commit);
    sql(
        "update opportunity set stage = 'PROPOSAL', forecast_category = 'BEST_CASE', expected_close_date = '"
            + close
            + "' where id = "
            + best);
    sql("update opportunity set expected_close_date = '" + close + "' where id = " + lead);
    sql("update opportunity set stage = 'WON' where id = " + won);
    sql(
        "insert into stage_change (opportunity_id, from_stage, to_stage, changed_at, recorded_at) values ("
            + won
            + ", 'NEGOTIATION', 'WON', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");

    TeamViewTest.target(manager, r1.id(), quarter, "1000000.00");
    // r2 has no quarter row: its months' rows add up, 100,000 + 150,000.
    TeamViewTest.target(manager, r2.id(), TeamViewTest.month(0), "100000.00");
    TeamViewTest.target(manager, r2.id(), TeamViewTest.month(1), "150000.00");
    TeamViewTest.target(manager, r3.id(), quarter, "80000.00");

    ValidatableResponse v =
        Api.as(manager)
            .queryParam("period", quarter)
            .get("/api/v1/team-view/forecast")
            .then()
            .statusCode(200)
            .body("teamId", equalTo((int) team))
            .body("owners.size()", equalTo(3));
    String r1Line = "owners.find { it.userId == " + r1.id() + " }.";
    // r1: closed 300,000; commit 200,000; best case = commit + 100,000 = 300,000; target 1,000,000.
    v.body(r1Line + "closed", equalTo(300000.00f))
        .body(r1Line + "attainment", equalTo(30.00f)) // 300k / 1M
        .body(r1Line + "withCommit", equalTo(50.00f)) // 500k / 1M
        .body(r1Line + "withBestCase", equalTo(60.00f)) // 600k / 1M
        .body(r1Line + "gap", equalTo(700000.00f));
    String r2Line = "owners.find { it.userId == " + r2.id() + " }.";
    // r2: nothing closed, the lead (pipeline 50,000) open; target 250,000 from the months.
    v.body(r2Line + "target", equalTo(250000.00f))
        .body(r2Line + "attainment", equalTo(0.00f))
        .body(r2Line + "pipeline", equalTo(50000.00f))
        .body(r2Line + "gap", equalTo(250000.00f));
    String r3Line = "owners.find { it.userId == " + r3.id() + " }.";
    v.body(r3Line + "closed", equalTo(0.00f)).body(r3Line + "gap", equalTo(80000.00f));
    // Team: target 1,330,000, closed 300,000 → 22.56 %; closed + commit 500,000 → 37.59 %.
    v.body("total.userId", nullValue())
        .body("total.target", equalTo(1330000.00f))
        .body("total.attainment", equalTo(22.56f))
        .body("total.withCommit", equalTo(37.59f))
        .body("total.gap", equalTo(1030000.00f));
  }

  @Test
  void aManagerSeesOnlyTheirTeamAndRepsNotAtAll() {
    long team = users.team("华东");
    TestUser manager = users.create(Role.MANAGER, team);
    Api.as(manager)
        .queryParam("period", TeamViewTest.quarter())
        .queryParam("teamId", users.team("华北"))
        .get("/api/v1/team-view/forecast")
        .then()
        .statusCode(403);
    Api.as(users.create(Role.REP, team))
        .queryParam("period", TeamViewTest.quarter())
        .get("/api/v1/team-view/forecast")
        .then()
        .statusCode(403);
    Api.as(manager)
        .queryParam("period", "2026-Q5")
        .get("/api/v1/team-view/forecast")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("period"));
  }

  private void sql(String statement) {
    QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
  }
}
