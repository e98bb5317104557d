package io.pareto.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Changes that do not go through a feature's own endpoint still announce themselves: contacts that
 * go with their account, and stages an import moves. The worker is off in tests, so the outbox rows
 * are read as written.
 */
@QuarkusTest
class WebhookEventSourcesTest {
  @Inject TestUsers users;
  @Inject EntityManager em;
  TestUser admin;
  long endpoint;

  @BeforeEach
  void setUp() {
    clearEndpoints();
    admin = users.create(Role.ADMIN);
    endpoint =
        Api.as(admin)
            .body(
                Map.of(
                    "url",
                    "http://127.0.0.1:9/hooks",
                    "eventTypes",
                    List.of("contact.deleted", "opportunity.stage_changed")))
            .post("/api/v1/webhooks")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("endpoint.id");
  }

  @AfterEach
  void tearDown() {
    clearEndpoints();
  }

  private void clearEndpoints() {
    QuarkusTransaction.requiringNew()
        .run(() -> em.createNativeQuery("delete from webhook_endpoint").executeUpdate());
  }

  /** The endpoint's outbox rows, oldest first: record key → payload. */
  @SuppressWarnings("unchecked")
  private List<Object[]> outbox(String type) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createNativeQuery(
                        "select record_key, payload from webhook_delivery where endpoint_id = ?1"
                            + " and event_type = ?2 order by id")
                    .setParameter(1, endpoint)
                    .setParameter(2, type)
                    .getResultList());
  }

  @Test
  void contactsDeletedWithTheirAccountAreAnnouncedOneByOne() {
    long account = Fixtures.createAccount(admin, Fixtures.account("级联 删除")).getLong("id");
    long boss = Fixtures.contactId(admin, account, "王 校长", "EXECUTIVE");
    long user = Fixtures.contactId(admin, account, "李 老师", "USER");
    Api.as(admin)
        .header("If-Match", Fixtures.etag(admin, "/api/v1/accounts/" + account))
        .delete("/api/v1/accounts/" + account)
        .then()
        .statusCode(204);

    List<Object[]> rows = outbox("contact.deleted");
    assertEquals(
        List.of("CONTACT:" + boss, "CONTACT:" + user), rows.stream().map(r -> r[0]).toList());
    JsonPath first = JsonPath.from(rows.get(0)[1].toString());
    assertEquals("contact.deleted", first.getString("type"));
    assertEquals(boss, first.getLong("data.id"));
    assertEquals(account, first.getLong("data.accountId"));
    assertEquals("王 校长", first.getString("data.name"));
    assertEquals("EXECUTIVE", first.getString("data.layer"));
  }

  @Test
  void aStageChangedByImportIsTheSameEventAsATransition() {
    String key = "HOOK-IMP-" + System.nanoTime();
    importCsv("accounts", "externalId,name\n" + key + ",钩子导入 " + key + "\n");
    String header = "externalId,accountExternalId,name,amount,stage\n";
    importCsv(
        "opportunities",
        header + key + "-1," + key + ",甲,1000,LEAD\n" + key + "-2," + key + ",乙,2000,LEAD\n");
    assertEquals(
        0, outbox("opportunity.stage_changed").size(), "creating a deal is no stage change");

    // the second file moves one deal and leaves the other where it was
    importCsv(
        "opportunities",
        header + key + "-1," + key + ",甲,1000,PROPOSAL\n" + key + "-2," + key + ",乙,2000,LEAD\n");
    List<Object[]> rows = outbox("opportunity.stage_changed");
    assertEquals(1, rows.size());
    JsonPath imported = JsonPath.from(rows.get(0)[1].toString());
    long moved = imported.getLong("data.id");
    assertEquals("OPPORTUNITY:" + moved, rows.get(0)[0]);
    assertEquals(key + "-1", imported.getString("data.externalId"));
    assertEquals("PROPOSAL", imported.getString("data.stage"));

    // a move through the stage endpoint writes an event with the same members
    Api.as(admin)
        .header("If-Match", Fixtures.etag(admin, "/api/v1/opportunities/" + moved))
        .body(Map.of("to", "NEGOTIATION"))
        .post("/api/v1/opportunities/" + moved + "/transitions")
        .then()
        .statusCode(200);
    rows = outbox("opportunity.stage_changed");
    assertEquals(2, rows.size());
    JsonPath transitioned = JsonPath.from(rows.get(1)[1].toString());
    assertEquals("NEGOTIATION", transitioned.getString("data.stage"));
    assertEquals(
        transitioned.getMap("data").keySet(),
        imported.getMap("data").keySet(),
        "same payload shape either way");
  }

  @Test
  void anUpdateCannotChangeTheStageSoItAnnouncesNoStageChange() {
    long account = Fixtures.createAccount(admin, Fixtures.account("钩子 更新")).getLong("id");
    long deal = Fixtures.opportunityId(admin, account, "丙", "500");
    String path = "/api/v1/opportunities/" + deal;
    Api.as(admin)
        .header("If-Match", Fixtures.etag(admin, path))
        .contentType("application/merge-patch+json")
        .body(Map.of("stage", "PROPOSAL"))
        .patch(path)
        .then()
        .statusCode(409);
    Api.as(admin)
        .header("If-Match", Fixtures.etag(admin, path))
        .contentType("application/merge-patch+json")
        .body(Map.of("name", "丙2"))
        .patch(path)
        .then()
        .statusCode(200);
    assertEquals(0, outbox("opportunity.stage_changed").size());
  }

  private void importCsv(String dataset, String csv) {
    Fixtures.importCsv(admin, dataset, csv);
  }
}
