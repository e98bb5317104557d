package io.pareto.contact;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.pareto.decisionmap.DecisionMapFixtures;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The decision-map attributes of a contact: round trip, validation, reportsTo rules, audit of
 * changes.
 */
@QuarkusTest
class ContactDecisionAttributesTest {
  @Inject TestUsers users;
  TestUser admin;
  long account;

  @BeforeEach
  void setUp() {
    admin = users.create(Role.ADMIN);
    account = Fixtures.accountId(admin, "属性 Attributes");
  }

  @Test
  void attributesRoundTripAndPlaceholderIsDerived() {
    long competitor = DecisionMapFixtures.competitor(admin, "华为 Huawei " + System.nanoTime());
    var body =
        DecisionMapFixtures.person("张伟", "DECISION", "SKEPTIC", 2, "INFLUENCER", "DECISION_MAKER");
    body.put("influence", 5);
    body.put("competitorId", competitor);
    body.put("competitorCloseness", 3);
    body.put("valueOrientation", "wants visibility with the ministry");
    long id = DecisionMapFixtures.contact(admin, account, body);
    Api.as(admin)
        .get("/api/v1/contacts/" + id)
        .then()
        .statusCode(200)
        .body("roles", contains("DECISION_MAKER", "INFLUENCER"))
        .body("influence", equalTo(5))
        .body("attitude", equalTo("SKEPTIC"))
        .body("closeness", equalTo(2))
        .body("competitorId", equalTo((int) competitor))
        .body("competitorCloseness", equalTo(3))
        .body("layerValueOrientation", containsString("recognition by leadership"))
        .body("placeholder", equalTo(false));
    long placeholder =
        DecisionMapFixtures.contact(
            admin, account, DecisionMapFixtures.person(null, "DECISION", null, 0, "PURCHASER"));
    Api.as(admin).get("/api/v1/contacts/" + placeholder).then().body("placeholder", equalTo(true));
  }

  @Test
  void attitudeAndClosenessChangesAreAudited() {
    long id =
        DecisionMapFixtures.contact(
            admin, account, DecisionMapFixtures.person("李强", "USER", "NEUTRAL", 2));
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("attitude", "SUPPORTER", "closeness", 4))
        .patch("/api/v1/contacts/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("roles.size()", equalTo(0));
    Api.as(admin)
        .get("/api/v1/audit?entityType=CONTACT&entityId=" + id)
        .then()
        .statusCode(200)
        .body(containsString("SUPPORTER"));
  }

  @Test
  void outOfRangeValuesAndDanglingReferencesAre400() {
    var body = DecisionMapFixtures.person("王五", "USER", "NEUTRAL", 6);
    Api.as(admin)
        .body(body)
        .post("/api/v1/accounts/" + account + "/contacts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("closeness"));
    var noCompetitor = DecisionMapFixtures.person("王五", "USER", "NEUTRAL", 3);
    noCompetitor.put("competitorCloseness", 4);
    Api.as(admin)
        .body(noCompetitor)
        .post("/api/v1/accounts/" + account + "/contacts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("competitorCloseness"));
    noCompetitor.put("competitorId", 987654321);
    Api.as(admin)
        .body(noCompetitor)
        .post("/api/v1/accounts/" + account + "/contacts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("competitorId"));
  }

  @Test
  void reportsToMustStayInTheAccountAndNeverCycle() {
    long boss =
        DecisionMapFixtures.contact(
            admin, account, DecisionMapFixtures.person("老板", "EXECUTIVE", null, 0));
    var mid = DecisionMapFixtures.person("处长", "DECISION", null, 0);
    mid.put("reportsToId", boss);
    long middle = DecisionMapFixtures.contact(admin, account, mid);
    var low = DecisionMapFixtures.person("科长", "IMPLEMENTATION", null, 0);
    low.put("reportsToId", middle);
    long chief = DecisionMapFixtures.contact(admin, account, low);

    // boss → chief would close boss → chief → middle → boss.
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("reportsToId", chief))
        .patch("/api/v1/contacts/" + boss)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString(boss + " → " + chief + " → " + middle + " → " + boss));
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("reportsToId", boss))
        .patch("/api/v1/contacts/" + boss)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reportsToId"));
    long other = Fixtures.accountId(admin, "别的客户 Other");
    long stranger = Fixtures.contactId(admin, other, "外人", "DECISION");
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("reportsToId", stranger))
        .patch("/api/v1/contacts/" + boss)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reportsToId"));
    Api.as(admin)
        .get("/api/v1/contacts/" + chief)
        .then()
        .body("reportsToId", equalTo((int) middle));
  }
}
