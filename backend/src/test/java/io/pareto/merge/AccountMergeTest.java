package io.pareto.merge;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.account.DerivedRows;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Merging a duplicate account: every child moves, the survivor's figures are the sums. */
@QuarkusTest
class AccountMergeTest {
  /** The child tables a merge moves, counted per account before and after. */
  private static final List<String> CHILDREN =
      List.of(
          "contact",
          "opportunity",
          "account_fact",
          "activity",
          "commitment",
          "concession",
          "account_plan",
          "competitor_presence",
          "pool_move");

  @Inject TestUsers users;
  @Inject MergeSeeds seeds;
  @Inject DerivedRows derived;

  @Test
  void everyChildMovesAndTheSurvivorsFiguresAreTheSums() {
    TestUser admin = users.create(Role.ADMIN);
    TestUser rep = users.create(Role.REP);
    TestUser helperA = users.create(Role.REP);
    TestUser helperB = users.create(Role.REP);
    String t = MergeSeeds.tag();
    long s = seeds.account(admin, "华为技术有限公司 " + t, "华东", rep.id());
    long d = seeds.account(admin, "华为技术(深圳)有限公司 " + t, "华南", rep.id());
    Fixtures.contactId(admin, s, "王建国", "DECISION");
    long moved = Fixtures.contactId(admin, d, "李明", "IMPLEMENTATION");
    Fixtures.contactId(admin, d, "张伟", "USER");
    Fixtures.opportunityId(admin, s, "一期 " + t, "100000.00");
    Fixtures.opportunityId(admin, d, "二期 " + t, "200000.00");
    Fixtures.opportunityId(admin, d, "三期 " + t, "300000.00");
    seeds.fact(admin, s, MergeSeeds.THIS_MONTH.minusMonths(1), "100.00");
    seeds.fact(admin, d, MergeSeeds.THIS_MONTH.minusMonths(2), "200.00");
    seeds.fact(admin, d, MergeSeeds.THIS_MONTH.minusMonths(3), "300.00");
    seeds.history(s, rep.id());
    seeds.history(d, rep.id());
    seeds.teamMember(s, helperA.id());
    seeds.teamMember(d, helperA.id());
    seeds.teamMember(d, helperB.id());
    Map<String, Long> before = new HashMap<>();
    for (String table : CHILDREN) before.put(table, seeds.count(table, s) + seeds.count(table, d));
    Instant beforeMerge = Instant.now();

    Api.as(admin)
        .queryParam("duplicateId", d)
        .get("/api/v1/accounts/" + s + "/merge-preview")
        .then()
        .statusCode(200)
        .body("moves.contacts", equalTo(2))
        .body("moves.opportunities", equalTo(2))
        .body("moves.facts", equalTo(2))
        .body("moves.activities", equalTo(1))
        .body("moves.plans", equalTo(1))
        .body("moves.teamMembers", equalTo(1)) // helperA already supports the survivor
        .body("conflicts.size()", equalTo(0));

    JsonPath merged =
        Api.as(admin)
            .header("If-Match", Fixtures.etag(admin, "/api/v1/accounts/" + s))
            .body(
                Map.of(
                    "duplicateId", d,
                    "duplicateVersion", version(admin, d),
                    "takeFromDuplicate", List.of("REGION")))
            .post("/api/v1/accounts/" + s + "/merge")
            .then()
            .statusCode(200)
            .body("mergedId", equalTo((int) d))
            .body("survivor.region", equalTo("华南"))
            .body("survivor.name", equalTo("华为技术有限公司 " + t))
            .body("moved.contacts", equalTo(2))
            .extract()
            .jsonPath();

    for (String table : CHILDREN) {
      assertEquals(before.get(table), seeds.count(table, s), table + " of the survivor");
      assertEquals(0, seeds.count(table, d), table + " left on the duplicate");
    }
    assertEquals(2, seeds.count("account_team_member", s), "helpers A and B, A once");
    assertEquals(
        1,
        ((Number)
                seeds.one(
                    "select count(*) from account_plan where account_id = ?1 and status = 'ACTIVE'",
                    s))
            .intValue(),
        "one ACTIVE plan: the duplicate's became history");
    // 100 + 200 + 300 of the last twelve months; three contacts on the decision map
    assertEquals(
        0,
        new BigDecimal("600.00")
            .compareTo(
                (BigDecimal)
                    seeds.one(
                        "select revenue12 from account_fact_summary where account_id = ?1"
                            + " and as_of_month = ?2",
                        s,
                        MergeSeeds.THIS_MONTH)));
    assertEquals(
        3,
        ((Number) seeds.one("select contacts from decision_map_summary where account_id = ?1", s))
            .intValue());
    derived.assertInStep(s);

    Api.as(admin)
        .get("/api/v1/accounts/" + d)
        .then()
        .statusCode(404)
        .body("code", equalTo("MERGED"))
        .body("mergedInto", equalTo((int) s));
    Api.as(admin)
        .get("/api/v1/contacts/" + moved)
        .then()
        .statusCode(200)
        .body("accountId", equalTo((int) s));
    assertEquals(
        1,
        ((Number)
                seeds.one(
                    "select count(*) from audit_event where entity_type = 'ACCOUNT'"
                        + " and entity_id = ?1 and action = 'MERGE'",
                    String.valueOf(s)))
            .intValue());
    assertEquals(merged.getLong("survivor.version"), version(admin, s));

    String csv =
        Api.as(admin)
            .accept("text/csv")
            .queryParam("updatedSince", beforeMerge.toString())
            .queryParam("includeDeleted", true)
            .get("/api/v1/exports/accounts")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<String> gone =
        Arrays.stream(csv.split("\r\n")).filter(l -> l.startsWith(d + ",")).toList();
    assertEquals(1, gone.size(), csv);
    assertTrue(gone.get(0).matches(".*,true,\\d{4}-.*Z," + s + "$"), gone.get(0));
  }

  @Test
  void staleVersionsAre412AndNothingMoves() {
    TestUser admin = users.create(Role.ADMIN);
    String t = MergeSeeds.tag();
    long s = seeds.account(admin, "华泰证券 " + t, "华东", null);
    long d = seeds.account(admin, "（上海）华泰证券 " + t, "华东", null);
    Fixtures.contactId(admin, d, "赵敏", "USER");
    long dVersion = version(admin, d);
    String sTag = Fixtures.etag(admin, "/api/v1/accounts/" + s);

    Api.as(admin)
        .header("If-Match", "\"" + (version(admin, s) + 7) + "\"")
        .body(Map.of("duplicateId", d, "duplicateVersion", dVersion))
        .post("/api/v1/accounts/" + s + "/merge")
        .then()
        .statusCode(412);
    Api.as(admin)
        .header("If-Match", sTag)
        .body(Map.of("duplicateId", d, "duplicateVersion", dVersion + 1))
        .post("/api/v1/accounts/" + s + "/merge")
        .then()
        .statusCode(412);
    Api.as(admin)
        .body(Map.of("duplicateId", d, "duplicateVersion", dVersion))
        .post("/api/v1/accounts/" + s + "/merge")
        .then()
        .statusCode(428);
    assertEquals(1, seeds.count("contact", d));
    Api.as(admin).get("/api/v1/accounts/" + d).then().statusCode(200);
  }

  @Test
  void intoItselfAcrossTeamsOrWithFactsOfTheSameMonthIs409() {
    TestUser admin = users.create(Role.ADMIN);
    long east = users.team("华东 " + MergeSeeds.tag());
    long north = users.team("华北 " + MergeSeeds.tag());
    TestUser manager = users.create(Role.MANAGER, east);
    TestUser eastRep = users.create(Role.REP, east);
    TestUser northRep = users.create(Role.REP, north);
    String t = MergeSeeds.tag();
    long s = seeds.account(admin, "中国工商银行江苏分行 " + t, "华东", eastRep.id());
    long d = seeds.account(admin, "工商银行江苏分行 " + t, "华北", northRep.id());
    seeds.teamMember(d, manager.id()); // the manager sees it, but does not manage its owner

    merge(admin, admin, s, s).statusCode(409).body("code", equalTo("MERGE_SELF"));
    merge(manager, admin, s, d)
        .statusCode(409)
        .body("code", equalTo("MERGE_ACROSS_SCOPES"))
        .body("errors.field", contains("duplicateId"));
    merge(eastRep, admin, s, d).statusCode(403);

    seeds.fact(admin, s, MergeSeeds.THIS_MONTH.minusMonths(1), "10.00");
    seeds.fact(admin, d, MergeSeeds.THIS_MONTH.minusMonths(1), "20.00");
    String month = MergeSeeds.THIS_MONTH.minusMonths(1).toString().substring(0, 7);
    Api.as(admin)
        .queryParam("duplicateId", d)
        .get("/api/v1/accounts/" + s + "/merge-preview")
        .then()
        .statusCode(200)
        .body("conflicts[0].kind", equalTo("FACT_MONTH"))
        .body("conflicts[0].keys", contains(month));
    merge(admin, admin, s, d)
        .statusCode(409)
        .body("code", equalTo("MERGE_CONFLICT"))
        .body("errors[0].field", equalTo("facts"))
        .body("errors[0].allowedValues", contains(month));
    assertEquals(1, seeds.count("account_fact", d), "refused: nothing moved");
  }

  /** A merge by {@code as} with the current versions, read by {@code reader}. */
  private static ValidatableResponse merge(TestUser as, TestUser reader, long s, long d) {
    return Api.as(as)
        .header("If-Match", "\"" + version(reader, s) + "\"")
        .body(Map.of("duplicateId", d, "duplicateVersion", version(reader, d)))
        .post("/api/v1/accounts/" + s + "/merge")
        .then();
  }

  private static long version(TestUser as, long account) {
    return Api.as(as)
        .get("/api/v1/accounts/" + account)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("version");
  }
}
