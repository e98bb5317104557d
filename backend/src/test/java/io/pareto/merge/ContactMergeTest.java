package io.pareto.merge;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Merging two records of one person: visits, deal roles, owners, links and reports move. */
@QuarkusTest
class ContactMergeTest {
  @Inject TestUsers users;
  @Inject MergeSeeds seeds;

  @Test
  void linksRolesAndReportsMoveToTheSurvivor() {
    TestUser rep = users.create(Role.REP);
    TestUser colleague = users.create(Role.REP);
    long account = seeds.account(rep, "国家电网江苏公司 " + MergeSeeds.tag(), "华东", null);
    long s = contact(rep, account, "王建国", null, List.of("DECISION_MAKER"), null);
    long d = contact(rep, account, "王建国（信息中心）", "13900001111", List.of("INFLUENCER"), null);
    long report = contact(rep, account, "刘洋", null, List.of(), d);
    long deal = Fixtures.opportunityId(rep, account, "调度系统 " + MergeSeeds.tag(), "500000.00");
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              seeds.exec(
                  "insert into activity (account_id, owner_id, kind, occurred_on, purpose,"
                      + " created_at, updated_at) values (?1, ?2, 'VISIT', ?3, '拜访', ?4, ?4)",
                  account,
                  rep.id(),
                  LocalDate.now(),
                  now);
              seeds.exec(
                  "insert into activity_contact (activity_id, contact_id)"
                      + " select max(id), ?1 from activity where account_id = ?2",
                  d,
                  account);
              seeds.exec(
                  "insert into opportunity_contact (opportunity_id, contact_id, created_at,"
                      + " updated_at) values (?1, ?2, ?3, ?3)",
                  deal,
                  d,
                  now);
              for (long[] owner : new long[][] {{s, rep.id()}, {d, rep.id()}, {d, colleague.id()}})
                seeds.exec(
                    "insert into relationship_owner (account_id, contact_id, user_id, strength,"
                        + " created_at, updated_at) values (?1, ?2, ?3, 3, ?4, ?4)",
                    account,
                    owner[0],
                    owner[1],
                    now);
              seeds.exec(
                  "insert into contact_link (account_id, from_contact_id, to_contact_id, kind,"
                      + " strength, created_at, updated_at) values (?1, ?2, ?3, 'ALLY', 2, ?4, ?4)",
                  account,
                  d,
                  report,
                  now);
            });

    Api.as(rep)
        .queryParam("duplicateId", d)
        .get("/api/v1/contacts/" + s + "/merge-preview")
        .then()
        .statusCode(200)
        .body("moves.activities", equalTo(1))
        .body("moves.opportunities", equalTo(1))
        .body("moves.relationshipOwners", equalTo(1)) // rep already holds the survivor
        .body("moves.links", equalTo(1))
        .body("moves.reports", equalTo(1));
    Api.as(rep)
        .header("If-Match", Fixtures.etag(rep, "/api/v1/contacts/" + s))
        .body(
            Map.of(
                "duplicateId",
                d,
                "duplicateVersion",
                version(rep, d),
                "takeFromDuplicate",
                List.of("PHONE")))
        .post("/api/v1/contacts/" + s + "/merge")
        .then()
        .statusCode(200)
        .body("survivor.name", equalTo("王建国"))
        .body("survivor.phone", equalTo("13900001111"))
        .body("survivor.roles", containsInAnyOrder("DECISION_MAKER", "INFLUENCER"));

    assertEquals(1L, count("activity_contact", s));
    assertEquals(1L, count("opportunity_contact", s));
    assertEquals(2L, count("relationship_owner", s));
    assertEquals(
        1L,
        ((Number)
                seeds.one(
                    "select count(*) from contact_link where from_contact_id = ?1"
                        + " and to_contact_id = ?2",
                    s,
                    report))
            .longValue());
    Api.as(rep)
        .get("/api/v1/contacts/" + report)
        .then()
        .statusCode(200)
        .body("reportsToId", equalTo((int) s));
    Api.as(rep)
        .get("/api/v1/contacts/" + d)
        .then()
        .statusCode(404)
        .body("code", equalTo("MERGED"))
        .body("mergedInto", equalTo((int) s));
    assertEquals(
        2,
        ((Number)
                seeds.one(
                    "select contacts from decision_map_summary where account_id = ?1", account))
            .intValue(),
        "王建国 and 刘洋: the duplicate is gone from the map");
  }

  @Test
  void acrossAccountsIs409AndAStaleDuplicateIs412() {
    TestUser rep = users.create(Role.REP);
    long a = seeds.account(rep, "南京大学 " + MergeSeeds.tag(), "华东", null);
    long b = seeds.account(rep, "东南大学 " + MergeSeeds.tag(), "华东", null);
    long s = Fixtures.contactId(rep, a, "陈静", "DECISION");
    long other = Fixtures.contactId(rep, b, "陈静", "DECISION");
    long d = Fixtures.contactId(rep, a, "陈静 老师", "DECISION");
    String ifMatch = Fixtures.etag(rep, "/api/v1/contacts/" + s);
    merge(rep, s, ifMatch, other, version(rep, other))
        .statusCode(409)
        .body("code", equalTo("MERGE_ACROSS_ACCOUNTS"));
    merge(rep, s, ifMatch, s, version(rep, s)).statusCode(409).body("code", equalTo("MERGE_SELF"));
    merge(rep, s, ifMatch, d, version(rep, d) + 1).statusCode(412);
    Api.as(rep).get("/api/v1/contacts/" + d).then().statusCode(200);
  }

  private long contact(
      TestUser as, long account, String name, String phone, List<String> roles, Long reportsTo) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("layer", "DECISION");
    body.put("roles", roles);
    if (phone != null) body.put("phone", phone);
    if (reportsTo != null) body.put("reportsToId", reportsTo);
    return Api.as(as)
        .body(body)
        .post("/api/v1/accounts/" + account + "/contacts")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static io.restassured.response.ValidatableResponse merge(
      TestUser as, long s, String ifMatch, long d, long dVersion) {
    return Api.as(as)
        .header("If-Match", ifMatch)
        .body(Map.of("duplicateId", d, "duplicateVersion", dVersion))
        .post("/api/v1/contacts/" + s + "/merge")
        .then();
  }

  private static long version(TestUser as, long contact) {
    return Api.as(as)
        .get("/api/v1/contacts/" + contact)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("version");
  }

  private long count(String table, long contact) {
    return ((Number) seeds.one("select count(*) from " + table + " where contact_id = ?1", contact))
        .longValue();
  }
}
