package io.pareto.plan;

import static io.pareto.plan.PlanFixtures.commitment;
import static io.pareto.plan.PlanFixtures.concession;
import static io.pareto.plan.PlanFixtures.objective;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanApiTest {
  @Inject TestUsers users;
  TestUser manager;
  TestUser rep;
  long account;
  int year = LocalDate.now().getYear();

  @BeforeEach
  void setUp() {
    long team = users.team("plans");
    manager = users.create(Role.MANAGER, team);
    rep = users.create(Role.REP, team);
    account = Fixtures.accountId(rep, "计划客户 " + System.nanoTime()); // potential 1,000,000.00
  }

  @Test
  void objectiveActualsComeFromFactsAndContactsOfThePlanPeriod() {
    PlanFixtures.fact(rep, account, year + "-01", "100000.00", "30000.00", 2);
    PlanFixtures.fact(rep, account, year + "-03", "50000.50", "10000.00", 1);
    PlanFixtures.fact(rep, account, (year - 1) + "-12", "999.00", "999.00", 9); // before the period
    Fixtures.contactId(rep, account, "决策者甲", "DECISION");
    Fixtures.contactId(rep, account, "决策者乙", "DECISION");
    Fixtures.contactId(rep, account, "校长", "EXECUTIVE");
    Fixtures.contactId(rep, account, "老师", "USER");
    String etag = PlanFixtures.createPlan(rep, account, year + "-01-01", year + "-12-31");
    etag = etagOf(addPartWithEtag("objectives", objective("REVENUE", "200000.00", true), etag));
    etag =
        etagOf(addPartWithEtag("objectives", objective("GROSS_PROFIT", "80000.00", false), etag));
    etag = etagOf(addPartWithEtag("objectives", objective("SHARE_OF_WALLET", "20.00", true), etag));
    etag =
        etagOf(addPartWithEtag("objectives", objective("NEW_DECISION_CONTACTS", "4", false), etag));
    addPartWithEtag("objectives", objective("ORDER_COUNT", "6", false), etag);

    // revenue 150,000.50 → 75.00% of 200,000; GP 40,000 → 50%; wallet 1,000,000 for 12 months →
    // 15.00%;
    // decision-layer contacts (DECISION + EXECUTIVE) created this year: 3 of 4; orders 3 of 6.
    Api.as(rep)
        .get("/api/v1/accounts/" + account + "/plan")
        .then()
        .statusCode(200)
        .body("ownerId", equalTo((int) rep.id()))
        .body("objectives.find { it.metric == 'REVENUE' }.actualValue", equalTo(150000.50f))
        .body("objectives.find { it.metric == 'REVENUE' }.attainmentPct", equalTo(75.00f))
        .body("objectives.find { it.metric == 'REVENUE' }.actualSource", equalTo("FACTS"))
        .body("objectives.find { it.metric == 'GROSS_PROFIT' }.actualValue", equalTo(40000.00f))
        .body("objectives.find { it.metric == 'GROSS_PROFIT' }.attainmentPct", equalTo(50.00f))
        .body("objectives.find { it.metric == 'SHARE_OF_WALLET' }.actualValue", equalTo(15.00f))
        .body("objectives.find { it.metric == 'NEW_DECISION_CONTACTS' }.actualValue", equalTo(3))
        .body(
            "objectives.find { it.metric == 'NEW_DECISION_CONTACTS' }.actualSource",
            equalTo("CONTACTS"))
        .body("objectives.find { it.metric == 'ORDER_COUNT' }.actualValue", equalTo(3))
        .body("jointBusinessPlan.targets", hasSize(2))
        // mean of 75.00% and 15.00 / 20.00 = 75.00%
        .body("jointBusinessPlan.executionPct", equalTo(75.00f))
        .body("swot.threats[0]", equalTo("竞争对手低价"));
  }

  @Test
  void concessionWithoutCommitmentIsRefusedUnlessAManagerApprovesAnException() {
    String etag = PlanFixtures.createPlan(rep, account, year + "-01-01", year + "-12-31");
    var afterUs =
        addPartWithEtag("commitments", commitment("US", "FOLLOW_UP", "提供测试环境", null), etag);
    long ours = afterUs.getLong("jointBusinessPlan.ourCommitments[0].id");
    var afterCustomer =
        addPartWithEtag(
            "commitments",
            commitment("CUSTOMER", "VOLUME", "全年采购 500 台", year + "-12-31"),
            etagOf(afterUs));
    long volume = afterCustomer.getLong("jointBusinessPlan.customerCommitments[0].id");
    etag = etagOf(afterCustomer);

    String path = "/api/v1/accounts/" + account + "/plan/concessions";
    Api.as(rep)
        .header("If-Match", etag)
        .body(concession(null, null))
        .post(path)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", startsWith("urn:pareto:problem:concession-without"));
    Api.as(rep)
        .header("If-Match", etag)
        .body(concession(null, "老客户关系"))
        .post(path)
        .then()
        .statusCode(422);
    Api.as(rep)
        .header("If-Match", etag)
        .body(concession(ours, null))
        .post(path)
        .then()
        .statusCode(422);

    var traded = addPartWithEtag("concessions", concession(volume, null), etag);
    var excepted =
        PlanFixtures.addPart(
            manager, account, "concessions", concession(null, "战略客户首单"), etagOf(traded), 201);
    assertEquals(100000.00f, excepted.getFloat("concessions.given"));
    assertEquals(1, excepted.getInt("concessions.commitmentsTradedFor"));
    assertEquals(1, excepted.getInt("concessions.exceptions"));
    assertEquals("全年采购 500 台", excepted.getString("concessions.entries[0].tradedFor.description"));
    assertEquals((int) manager.id(), excepted.getInt("concessions.entries[1].approvedById"));

    long exceptionId = excepted.getLong("concessions.entries[1].id");
    Api.as(manager)
        .get("/api/v1/audit?entityType=CONCESSION_EXCEPTION&entityId=" + exceptionId)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].actor", equalTo(manager.email()))
        .body("items[0].accountId", equalTo((int) account));
  }

  @Test
  void writesNeedThePlanETagAndANewPlanArchivesTheOldOne() {
    String etag =
        PlanFixtures.createPlan(rep, account, (year - 1) + "-01-01", (year - 1) + "-12-31");
    String path = "/api/v1/accounts/" + account + "/plan";
    Api.as(rep)
        .body(PlanFixtures.plan(year + "-01-01", year + "-06-30"))
        .put(path)
        .then()
        .statusCode(428);
    Api.as(rep)
        .header("If-Match", "\"99\"")
        .body(PlanFixtures.plan(year + "-01-01", year + "-06-30"))
        .put(path)
        .then()
        .statusCode(412);
    String next =
        Api.as(rep)
            .header("If-Match", etag)
            .body(Map.of("what", "高层拜访", "dueOn", year + "-02-01"))
            .post(path + "/actions")
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");
    Api.as(rep)
        .header("If-Match", etag)
        .body(Map.of("what", "lost update"))
        .post(path + "/actions")
        .then()
        .statusCode(412);
    long actionId =
        Api.as(rep)
            .get(path)
            .then()
            .body("actions", hasSize(1))
            .extract()
            .jsonPath()
            .getLong("actions[0].id");
    Api.as(rep)
        .header("If-Match", next)
        .delete(path + "/actions/" + actionId)
        .then()
        .statusCode(200)
        .body("actions", hasSize(0));

    PlanFixtures.createPlan(rep, account, year + "-01-01", year + "-12-31");
    Api.as(rep)
        .get("/api/v1/accounts/" + account + "/plans")
        .then()
        .statusCode(200)
        .body("status", equalTo(List.of("ACTIVE", "ARCHIVED")));
    Api.as(rep).get(path).then().body("periodStart", equalTo(year + "-01-01"));
  }

  @Test
  void plansAreScopedThroughTheirAccount() {
    PlanFixtures.createPlan(rep, account, year + "-01-01", year + "-12-31");
    TestUser stranger = users.create(Role.REP);
    TestUser reader = users.create(Role.READONLY);
    String path = "/api/v1/accounts/" + account + "/plan";
    Api.as(stranger).get(path).then().statusCode(404);
    Api.as(stranger)
        .body(PlanFixtures.plan(year + "-01-01", year + "-12-31"))
        .post("/api/v1/accounts/" + account + "/plans")
        .then()
        .statusCode(404);
    Api.as(manager).get(path).then().statusCode(200);
    Api.as(reader).get(path).then().statusCode(200);
    Api.as(reader)
        .header("If-Match", "\"0\"")
        .body(objective("REVENUE", "1", false))
        .post(path + "/objectives")
        .then()
        .statusCode(403);
  }

  private JsonPath addPartWithEtag(String part, Object body, String etag) {
    return PlanFixtures.addPart(rep, account, part, body, etag, 201);
  }

  /** The plan body carries its version; the ETag is that version quoted. */
  private static String etagOf(JsonPath plan) {
    return "\"" + plan.getLong("version") + "\"";
  }
}
