package io.pareto.decisionmap;

import static io.pareto.decisionmap.DecisionMapFixtures.contact;
import static io.pareto.decisionmap.DecisionMapFixtures.owner;
import static io.pareto.decisionmap.DecisionMapFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.activity.ActivityFixtures;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The portfolio reads the stored summary; after every kind of write it must say exactly what the
 * live map of each account computes (score, gap counts per severity, top gap, gap-code filter).
 */
@QuarkusTest
class DecisionMapSummaryTest {
  @Inject TestUsers users;
  @Inject EntityManagerFactory emf;

  @Test
  void theSummaryFollowsEveryWriteThatFeedsScoreOrGaps() {
    TestUser admin = users.create(Role.ADMIN);
    TestUser colleague = users.create(Role.REP);
    String p = "S" + System.nanoTime() + "-";
    long a = createAccount(admin, p + "A");
    long b = createAccount(admin, p + "B");
    assertSame(admin, a, 0); // no contacts: no summary row, zeros

    var dmBody = person("决策 Maker", "DECISION", "CHAMPION", 5, "DECISION_MAKER");
    dmBody.put("externalId", p + "DM");
    long dm = contact(admin, a, dmBody);
    long exec = contact(admin, a, person("执行 Exec", "EXECUTIVE", "SUPPORTER", 4, "INFLUENCER"));
    long coach = contact(admin, a, person("实施 Coach", "IMPLEMENTATION", "NEUTRAL", 4, "COACH"));
    contact(admin, b, person(null, "USER", null, 0, "USER"));
    assertSame(admin, a, 3);
    assertSame(admin, b, 1);

    // Roles, attitude and closeness change; the decision maker becomes stale (last contact 200 days
    // ago).
    var changed = person("决策 Maker", "DECISION", "SKEPTIC", 3, "DECISION_MAKER", "INFLUENCER");
    changed.put("lastContactedOn", LocalDate.now().minusDays(200).toString());
    changed.put("externalId", p + "DM");
    put(admin, "/api/v1/contacts/" + dm, changed);
    assertSame(admin, a, 3);
    assertGapFilter(admin, a, "STALE_KEY_CONTACT", true);

    // Relationship owners: two users hold the three close contacts; the colleague hands over to the
    // admin,
    // who then holds every one of them alone (SINGLE_THREADED).
    owner(admin, exec, admin.id(), 4);
    owner(admin, dm, admin.id(), 4);
    long held = owner(admin, coach, colleague.id(), 4);
    assertSame(admin, a, 3);
    assertGapFilter(admin, a, "SINGLE_THREADED", false);
    String etag = "\"0\""; // the owner was just created (no GET of one owner)
    Api.as(admin)
        .header("If-Match", etag)
        .delete("/api/v1/contacts/" + coach + "/relationship-owners/" + held)
        .then()
        .statusCode(204);
    assertSame(admin, a, 3);
    owner(admin, coach, admin.id(), 4);
    assertSame(admin, a, 3);
    assertGapFilter(admin, a, "SINGLE_THREADED", true);

    // An activity moves the last contact date forward: no longer stale.
    var visit = ActivityFixtures.activity("VISIT", LocalDate.now());
    visit.put("contactIds", List.of(dm));
    visit.put("noCommitmentReason", "客户临时取消会议");
    ActivityFixtures.log(admin, a, visit);
    assertSame(admin, a, 3);
    assertGapFilter(admin, a, "STALE_KEY_CONTACT", false);

    // A name cleared turns a contact into a placeholder; a deleted contact leaves the counts.
    var unnamed = person(null, "EXECUTIVE", "SUPPORTER", 4, "INFLUENCER");
    put(admin, "/api/v1/contacts/" + exec, unnamed);
    assertSame(admin, a, 3);
    etag = Fixtures.etag(admin, "/api/v1/contacts/" + coach);
    Api.as(admin)
        .header("If-Match", etag)
        .delete("/api/v1/contacts/" + coach)
        .then()
        .statusCode(204);
    assertSame(admin, a, 2);

    // An import creates a contact in B and moves the decision maker from A to B.
    Api.as(admin)
        .body(
            List.of(
                Map.of(
                    "externalId",
                    p + "NEW",
                    "accountExternalId",
                    p + "B",
                    "name",
                    "新 New",
                    "layer",
                    "DECISION"),
                Map.of(
                    "externalId",
                    p + "DM",
                    "accountExternalId",
                    p + "B",
                    "name",
                    "决策 Maker",
                    "layer",
                    "DECISION",
                    "lastContactedOn",
                    LocalDate.now().minusDays(100).toString())))
        .post("/api/v1/imports/contacts")
        .then()
        .statusCode(200)
        .body("created", org.hamcrest.Matchers.equalTo(1));
    assertSame(admin, a, 1);
    assertSame(admin, b, 3);
    assertGapFilter(admin, b, "STALE_KEY_CONTACT", true);
  }

  @Test
  void aContactWriteRefreshesTheSummaryWithTheSameStatementsForFiveOrFiftyContacts() {
    TestUser admin = users.create(Role.ADMIN);
    long small = Fixtures.accountId(admin, "小 Small");
    long large = Fixtures.accountId(admin, "大 Large");
    long s = 0;
    long l = 0;
    for (int i = 0; i < 50; i++) {
      var body =
          person("人" + i, i % 2 == 0 ? "DECISION" : "USER", "SUPPORTER", 1 + i % 5, "INFLUENCER");
      if (i < 5) s = contact(admin, small, body);
      l = contact(admin, large, body);
      if (i % 3 == 0) owner(admin, l, admin.id(), 3);
    }
    assertEquals(statementsToUpdate(admin, s), statementsToUpdate(admin, l));
  }

  @Test
  void readingAMapCostsTheSameStatementsForFiveOrFiftyContacts() {
    TestUser admin = users.create(Role.ADMIN);
    long small = Fixtures.accountId(admin, "小图 Small");
    long large = Fixtures.accountId(admin, "大图 Large");
    for (int i = 0; i < 50; i++) {
      var body =
          person("读" + i, i % 2 == 0 ? "DECISION" : "USER", "SUPPORTER", 1 + i % 5, "INFLUENCER");
      if (i < 5) owner(admin, contact(admin, small, body), admin.id(), 3);
      long l = contact(admin, large, body);
      if (i % 3 == 0) owner(admin, l, admin.id(), 3);
    }
    assertEquals(statementsToRead(admin, small), statementsToRead(admin, large));
  }

  private long statementsToRead(TestUser admin, long accountId) {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    Api.as(admin).get("/api/v1/accounts/" + accountId + "/decision-map").then().statusCode(200);
    return stats.getPrepareStatementCount();
  }

  private long statementsToUpdate(TestUser admin, long contactId) {
    var body = person("改 Renamed", "DECISION", "CHAMPION", 5, "DECISION_MAKER");
    String etag = Fixtures.etag(admin, "/api/v1/contacts/" + contactId);
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    Api.as(admin)
        .header("If-Match", etag)
        .body(body)
        .put("/api/v1/contacts/" + contactId)
        .then()
        .statusCode(200);
    return stats.getPrepareStatementCount();
  }

  private static long createAccount(TestUser as, String externalId) {
    var body = Fixtures.account("汇总 " + externalId);
    body.put("externalId", externalId);
    return Fixtures.createAccount(as, body).getLong("id");
  }

  private static void put(TestUser as, String path, Map<String, Object> body) {
    String etag = Fixtures.etag(as, path);
    Api.as(as).header("If-Match", etag).body(body).put(path).then().statusCode(200);
  }

  /** The portfolio row of the account equals what its live map says. */
  private static void assertSame(TestUser as, long account, int contacts) {
    JsonPath map =
        Api.as(as)
            .get("/api/v1/accounts/" + account + "/decision-map")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(contacts, map.getList("nodes").size());
    Map<String, Object> row = row(as, account, null);
    List<Map<String, Object>> gaps = map.getList("gaps");
    assertEquals(map.getInt("score"), row.get("score"), "score");
    for (String severity : List.of("HIGH", "MEDIUM", "LOW")) {
      assertEquals(
          (int) gaps.stream().filter(g -> severity.equals(g.get("severity"))).count(),
          row.get(severity.toLowerCase() + "Gaps"),
          severity);
    }
    assertEquals(gaps.isEmpty() ? null : gaps.get(0).get("code"), row.get("topGap"));
    for (GapRule rule : GapRule.values()) {
      boolean has = gaps.stream().anyMatch(g -> rule.name().equals(g.get("code")));
      assertGapFilter(as, account, rule.name(), has);
    }
  }

  private static void assertGapFilter(TestUser as, long account, String gapCode, boolean listed) {
    assertEquals(listed, row(as, account, gapCode) != null, gapCode);
  }

  private static Map<String, Object> row(TestUser as, long account, String gapCode) {
    var req = Api.as(as).queryParam("ownerId", as.id()).queryParam("size", 100);
    if (gapCode != null) req = req.queryParam("gapCode", gapCode);
    List<Map<String, Object>> items =
        req.get("/api/v1/decision-maps")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertTrue(items.size() < 100);
    return items.stream()
        .filter(i -> ((Number) i.get("accountId")).longValue() == account)
        .findFirst()
        .orElse(null);
  }
}
