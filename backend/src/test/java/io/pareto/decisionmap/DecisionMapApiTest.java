package io.pareto.decisionmap;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Links, relationship owners, deal buying centres, scoping and the statement budget of the map. */
@QuarkusTest
class DecisionMapApiTest {
  @Inject TestUsers users;
  @Inject EntityManagerFactory emf;
  TestUser admin;
  long account;

  @BeforeEach
  void setUp() {
    admin = users.create(Role.ADMIN);
    account = Fixtures.accountId(admin, "决策链 Map API");
  }

  @Test
  void linksAndOwnersBecomeEdgesAndAreValidated() {
    long a =
        DecisionMapFixtures.contact(
            admin,
            account,
            DecisionMapFixtures.person("甲", "DECISION", "SUPPORTER", 4, "DECISION_MAKER"));
    var bBody = DecisionMapFixtures.person("乙", "IMPLEMENTATION", "NEUTRAL", 2);
    bBody.put("reportsToId", a);
    long b = DecisionMapFixtures.contact(admin, account, bBody);
    long link = DecisionMapFixtures.link(admin, b, a, "INFLUENCES", 3);
    long owner = DecisionMapFixtures.owner(admin, a, admin.id(), 5);

    Api.as(admin)
        .body(Map.of("toContactId", b, "kind", "ALLY", "strength", 1))
        .post("/api/v1/contacts/" + b + "/links")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("toContactId"));
    long stranger = Fixtures.contactId(admin, Fixtures.accountId(admin, "别家 Other"), "外人", "USER");
    Api.as(admin)
        .body(Map.of("toContactId", stranger, "kind", "ALLY", "strength", 1))
        .post("/api/v1/contacts/" + a + "/links")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("toContactId"));
    Api.as(admin)
        .body(Map.of("toContactId", a, "kind", "ALLY", "strength", 4))
        .post("/api/v1/contacts/" + b + "/links")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("strength"));
    Api.as(admin)
        .body(Map.of("userId", admin.id(), "strength", 3))
        .post("/api/v1/contacts/" + a + "/relationship-owners")
        .then()
        .statusCode(409);
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .body(Map.of("toContactId", a, "kind", "RIVAL", "strength", 2))
        .put("/api/v1/contacts/" + b + "/links/" + link)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("kind", equalTo("RIVAL"));
    Api.as(admin)
        .get("/api/v1/contacts/" + a + "/links")
        .then()
        .statusCode(200)
        .body("id", hasItem((int) link));
    Api.as(admin)
        .get("/api/v1/contacts/" + a + "/relationship-owners")
        .then()
        .statusCode(200)
        .body("id", hasItem((int) owner));

    Api.as(admin)
        .get("/api/v1/accounts/" + account + "/decision-map")
        .then()
        .statusCode(200)
        .body("nodes", hasSize(2))
        .body("edges.findAll { it.kind == 'REPORTS_TO' }[0].fromContactId", equalTo((int) b))
        .body("edges.findAll { it.kind == 'REPORTS_TO' }[0].toContactId", equalTo((int) a))
        .body("edges.findAll { it.kind == 'RIVAL' }[0].strength", equalTo(2))
        .body(
            "edges.findAll { it.kind == 'RELATIONSHIP_OWNER' }[0].fromUserId",
            equalTo((int) admin.id()))
        .body("users[0].id", equalTo((int) admin.id()))
        .body("layers[1].layer", equalTo("DECISION"))
        .body("layers[1].strong", equalTo(1))
        .body("layers[1].supporters", equalTo(1))
        .body("layers[1].covered", equalTo(true))
        .body("layers[2].covered", equalTo(false));

    Api.as(admin)
        .header("If-Match", "\"1\"")
        .delete("/api/v1/contacts/" + b + "/links/" + link)
        .then()
        .statusCode(204);
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/contacts/" + a + "/relationship-owners/" + owner)
        .then()
        .statusCode(204);
    Api.as(admin)
        .get("/api/v1/accounts/" + account + "/decision-map")
        .then()
        .body("edges", hasSize(1));
  }

  @Test
  void dealMapShowsTheBuyingCentreWithPerDealAttitude() {
    long a =
        DecisionMapFixtures.contact(
            admin, account, DecisionMapFixtures.person("支持者", "DECISION", "SUPPORTER", 4));
    long b =
        DecisionMapFixtures.contact(
            admin, account, DecisionMapFixtures.person("旁观者", "USER", "NEUTRAL", 2));
    long deal = Fixtures.opportunityId(admin, account, "扩容项目", "500000.00");
    Api.as(admin)
        .body(Map.of("dealRole", "DECISION_MAKER", "attitude", "OPPONENT"))
        .put("/api/v1/opportunities/" + deal + "/contacts/" + a)
        .then()
        .statusCode(200)
        .body("dealRole", equalTo("DECISION_MAKER"));
    long stranger = Fixtures.contactId(admin, Fixtures.accountId(admin, "别家 Deal"), "外人", "USER");
    Api.as(admin)
        .body(Map.of("dealRole", "USER"))
        .put("/api/v1/opportunities/" + deal + "/contacts/" + stranger)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("contactId"));
    Api.as(admin)
        .get("/api/v1/opportunities/" + deal + "/contacts")
        .then()
        .statusCode(200)
        .body("contactId", equalTo(java.util.List.of((int) a)));

    Api.as(admin)
        .get("/api/v1/accounts/" + account + "/decision-map?opportunityId=" + deal)
        .then()
        .statusCode(200)
        .body("opportunityId", equalTo((int) deal))
        .body("nodes", hasSize(1))
        .body("nodes[0].attitude", equalTo("OPPONENT"))
        .body("nodes[0].dealRole", equalTo("DECISION_MAKER"))
        .body("gaps.code", hasItem("DECISION_MAKER_OPPOSED"));
    Api.as(admin)
        .get("/api/v1/accounts/" + account + "/decision-map")
        .then()
        .body("nodes", hasSize(2))
        .body("gaps.code", org.hamcrest.Matchers.not(hasItem("DECISION_MAKER_OPPOSED")));
    Api.as(admin).delete("/api/v1/opportunities/" + deal + "/contacts/" + a).then().statusCode(204);
    Api.as(admin).get("/api/v1/opportunities/" + deal + "/contacts/" + a).then().statusCode(404);
    assertEquals(0, b - b);
  }

  @Test
  void aRepCannotReadAnotherRepsMap() {
    TestUser rep = users.create(Role.REP);
    TestUser otherRep = users.create(Role.REP);
    long own = Fixtures.accountId(rep, "我的客户 Mine");
    Api.as(rep).get("/api/v1/accounts/" + own + "/decision-map").then().statusCode(200);
    Api.as(otherRep).get("/api/v1/accounts/" + own + "/decision-map").then().statusCode(404);
    Api.as(otherRep)
        .get("/api/v1/decision-maps?ownerId=" + rep.id())
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    Api.as(rep)
        .get("/api/v1/decision-maps?ownerId=" + rep.id())
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
  }

  @Test
  void portfolioFiltersByGapCodeAndSortsWeakestFirst() {
    TestUser rep = users.create(Role.REP);
    long weak = Fixtures.accountId(rep, "弱 Weak");
    long strong = Fixtures.accountId(rep, "强 Strong");
    DecisionMapFixtures.build(
        rep, strong, users.create(Role.REP), DecisionMapFixtures.Variant.NO_COACH, null);
    Api.as(rep)
        .get("/api/v1/decision-maps?ownerId=" + rep.id() + "&sort=score")
        .then()
        .statusCode(200)
        .body("items.accountId", equalTo(java.util.List.of((int) weak, (int) strong)))
        .body("items[0].topGap", equalTo("NO_DECISION_LAYER_CONTACT"));
    Api.as(rep)
        .get("/api/v1/decision-maps?ownerId=" + rep.id() + "&gapCode=NO_COACH&sort=-score")
        .then()
        .statusCode(200)
        .body("items.accountId", equalTo(java.util.List.of((int) strong, (int) weak)));
    Api.as(rep)
        .get("/api/v1/decision-maps?ownerId=" + rep.id() + "&gapCode=SINGLE_THREADED")
        .then()
        .statusCode(200)
        .body("items.accountId", equalTo(java.util.List.of((int) weak)));
    Api.as(rep).get("/api/v1/decision-maps?sort=revenue").then().statusCode(400);
  }

  @Test
  void theMapNeedsTheSameNumberOfStatementsForFiveOrFiftyContacts() {
    long small = account;
    long large = Fixtures.accountId(admin, "大 Large");
    seed(small, 5);
    seed(large, 50);
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    Api.as(admin)
        .get("/api/v1/accounts/" + small + "/decision-map")
        .then()
        .statusCode(200)
        .body("nodes", hasSize(5));
    long smallCount = stats.getPrepareStatementCount();
    stats.clear();
    Api.as(admin)
        .get("/api/v1/accounts/" + large + "/decision-map")
        .then()
        .statusCode(200)
        .body("nodes", hasSize(50));
    long largeCount = stats.getPrepareStatementCount();
    assertEquals(smallCount, largeCount);
    // Authentication costs what the cheapest request (the industry list: + 1 statement) costs;
    // the map adds the account, contacts, roles, links and owners.
    stats.clear();
    Api.as(admin).get("/api/v1/industries").then().statusCode(200);
    long baseline = stats.getPrepareStatementCount();
    assertEquals(baseline - 1 + 5, largeCount);
  }

  private void seed(long accountId, int n) {
    long prev = 0;
    for (int i = 0; i < n; i++) {
      long c =
          DecisionMapFixtures.contact(
              admin,
              accountId,
              DecisionMapFixtures.person(
                  "人" + i, i % 2 == 0 ? "DECISION" : "USER", "SUPPORTER", 1 + i % 5, "INFLUENCER"));
      if (prev != 0) DecisionMapFixtures.link(admin, c, prev, "ALLY", 1);
      if (i % 3 == 0) DecisionMapFixtures.owner(admin, c, admin.id(), 3);
      prev = c;
    }
  }
}
