package io.pareto.decisionmap;

import static io.pareto.decisionmap.DecisionMapFixtures.contact;
import static io.pareto.decisionmap.DecisionMapFixtures.link;
import static io.pareto.decisionmap.DecisionMapFixtures.owner;
import static io.pareto.decisionmap.DecisionMapFixtures.person;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.activity.ActivityFixtures;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ?asOf=}: the map replayed from the audit trail equals the map as it was answered on that
 * day. The test builds a map, keeps its answer, moves that history ten days back, then changes
 * everything the trail records (attitude, closeness, roles, last contact, a link, an owner, a
 * deleted and a new contact).
 */
@QuarkusTest
class DecisionMapAsOfTest {
  @Inject TestUsers users;
  @Inject EntityManager em;

  @Test
  void theMapAsOfADayIsTheMapAnsweredThatDay() {
    TestUser admin = users.create(Role.ADMIN);
    TestUser colleague = users.create(Role.REP);
    long account = Fixtures.accountId(admin, "历史 History");
    var dmBody = person("决策 Maker", "DECISION", "CHAMPION", 5, "DECISION_MAKER");
    long dm = contact(admin, account, dmBody);
    long exec =
        contact(admin, account, person("执行 Exec", "EXECUTIVE", "SUPPORTER", 4, "INFLUENCER"));
    long coach =
        contact(admin, account, person("实施 Coach", "IMPLEMENTATION", "NEUTRAL", 4, "COACH"));
    long ally = link(admin, exec, dm, "ALLY", 2);
    long rival = link(admin, coach, exec, "RIVAL", 1);
    owner(admin, dm, colleague.id(), 5);
    long held = owner(admin, coach, admin.id(), 3);
    Map<String, Object> then = map(admin, account, null);
    shiftHistory(account, 10);

    var changed = person("决策 Maker", "DECISION", "OPPONENT", 2, "DECISION_MAKER", "INFLUENCER");
    changed.put("lastContactedOn", LocalDate.now().minusDays(30).toString());
    put(admin, "/api/v1/contacts/" + dm, changed);
    // Links and owners have no GET of their own: version 0, just created.
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .body(Map.of("toContactId", dm, "kind", "RIVAL", "strength", 3))
        .put("/api/v1/contacts/" + exec + "/links/" + ally)
        .then()
        .statusCode(200);
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/contacts/" + coach + "/relationship-owners/" + held)
        .then()
        .statusCode(204);
    delete(
        admin,
        "/api/v1/contacts/" + coach); // takes the RIVAL link with it, without an event of its own
    contact(admin, account, person("新 Newcomer", "USER", "SUPPORTER", 4, "USER"));
    var visit = ActivityFixtures.activity("VISIT", LocalDate.now());
    visit.put("contactIds", List.of(dm)); // moves its last contact forward again
    visit.put("noCommitmentReason", "客户临时取消会议");
    ActivityFixtures.log(admin, account, visit);

    Map<String, Object> now = map(admin, account, null);
    assertEquals(3, ((List<?>) now.get("nodes")).size());
    Map<String, Object> past = map(admin, account, LocalDate.now().minusDays(5));
    assertEquals(LocalDate.now().minusDays(5).toString(), past.remove("asOf"));
    then.remove("asOf");
    assertEquals(then, past);
    assertEquals(
        rival,
        ((Number)
                ((List<Map<String, Object>>) past.get("edges"))
                    .stream()
                        .filter(e -> "RIVAL".equals(e.get("kind")))
                        .findFirst()
                        .orElseThrow()
                        .get("refId"))
            .longValue());
    // Before anything existed the map was empty.
    assertEquals(List.of(), map(admin, account, LocalDate.now().minusDays(20)).get("nodes"));
    // Today's map is today's.
    Map<String, Object> today = map(admin, account, LocalDate.now());
    today.remove("asOf");
    now.remove("asOf");
    assertEquals(now, today);
  }

  @Test
  void aContactImportedSinceMakesThePastUnknown() {
    TestUser admin = users.create(Role.ADMIN);
    String ext = "H" + System.nanoTime();
    var body = Fixtures.account("历史 Import");
    body.put("externalId", ext);
    long account = Fixtures.createAccount(admin, body).getLong("id");
    var p = person("导入 Imported", "DECISION", "SUPPORTER", 3, "DECISION_MAKER");
    p.put("externalId", ext + "-C");
    contact(admin, account, p);
    shiftHistory(account, 10);
    Api.as(admin)
        .body(
            List.of(
                Map.of(
                    "externalId",
                    ext + "-C",
                    "accountExternalId",
                    ext,
                    "name",
                    "导入 Renamed",
                    "layer",
                    "USER")))
        .post("/api/v1/imports/contacts")
        .then()
        .statusCode(200);
    Api.as(admin)
        .get("/api/v1/accounts/" + account + "/decision-map?asOf=" + LocalDate.now().minusDays(5))
        .then()
        .statusCode(409)
        .body("detail", containsString("bulk import"));
    Api.as(admin)
        .get("/api/v1/accounts/" + account + "/decision-map?asOf=" + LocalDate.now().plusDays(1))
        .then()
        .statusCode(400);
  }

  private Map<String, Object> map(TestUser as, long account, LocalDate asOf) {
    var req = Api.as(as);
    if (asOf != null) req = req.queryParam("asOf", asOf.toString());
    return req.get("/api/v1/accounts/" + account + "/decision-map")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("$");
  }

  /** Moves the account's recorded history (audit events, contact timestamps) {@code days} back. */
  private void shiftHistory(long account, int days) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              String back = " - interval '" + days + "' day";
              em.createNativeQuery(
                      "update audit_event set occurred_at = occurred_at"
                          + back
                          + " where account_id = :a")
                  .setParameter("a", account)
                  .executeUpdate();
              em.createNativeQuery(
                      "update contact set created_at = created_at"
                          + back
                          + ", updated_at = updated_at"
                          + back
                          + " where account_id = :a")
                  .setParameter("a", account)
                  .executeUpdate();
            });
  }

  private static void put(TestUser as, String path, Map<String, Object> body) {
    String etag = Fixtures.etag(as, path);
    Api.as(as).header("If-Match", etag).body(body).put(path).then().statusCode(200);
  }

  private static void delete(TestUser as, String path) {
    String etag = Fixtures.etag(as, path);
    Api.as(as).header("If-Match", etag).delete(path).then().statusCode(204);
  }
}
