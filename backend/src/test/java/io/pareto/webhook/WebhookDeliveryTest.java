package io.pareto.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deliveries to a loopback listener: signed, retried, in order per record, once per endpoint. */
@QuarkusTest
class WebhookDeliveryTest {
  @Inject TestUsers users;
  @Inject WebhookSender sender;
  @Inject WebhookOutbox outbox;
  @Inject EntityManager em;
  TestUser admin;
  WebhookReceiver receiver;
  long endpoint;

  @BeforeEach
  void setUp() throws Exception {
    clearEndpoints();
    admin = users.create(Role.ADMIN);
    receiver = new WebhookReceiver();
    JsonPath created =
        Api.as(admin)
            .body(
                Map.of(
                    "url",
                    receiver.url(),
                    "eventTypes",
                    List.of("account.created", "account.updated", "contact.created")))
            .post("/api/v1/webhooks")
            .then()
            .statusCode(201)
            .body("endpoint.enabled", equalTo(true))
            .body("endpoint.eventTypes", hasItem("account.updated"))
            .extract()
            .jsonPath();
    endpoint = created.getLong("endpoint.id");
    receiver.secret = created.getString("secret");
    assertTrue(receiver.secret.startsWith("whsec_"));
  }

  @AfterEach
  void tearDown() {
    receiver.close();
    clearEndpoints();
  }

  private void clearEndpoints() {
    QuarkusTransaction.requiringNew()
        .run(() -> em.createNativeQuery("delete from webhook_endpoint").executeUpdate());
  }

  /** Runs the worker until nothing is due and {@code n} deliveries arrived (or 10 s passed). */
  private void drain(int n) throws InterruptedException {
    Instant until = Instant.now().plusSeconds(10);
    while (Instant.now().isBefore(until)) {
      int sent = sender.sendDue();
      if (sent == 0 && receiver.received.size() >= n) return;
      if (sent == 0) Thread.sleep(50);
    }
  }

  private long account(String name) {
    return Fixtures.createAccount(admin, Fixtures.account(name)).getLong("id");
  }

  private void rename(long id, String name) {
    String etag = Fixtures.etag(admin, "/api/v1/accounts/" + id);
    var body = Fixtures.account(name);
    Api.as(admin)
        .header("If-Match", etag)
        .body(body)
        .put("/api/v1/accounts/" + id)
        .then()
        .statusCode(200);
  }

  @Test
  void signedDeliveriesArriveOnceAndInOrderPerRecord() throws Exception {
    long a = account("钩子 甲");
    rename(a, "钩子 甲2");
    rename(a, "钩子 甲3");
    long b = account("钩子 乙");
    drain(4);
    assertEquals(4, receiver.received.size());
    assertTrue(receiver.received.stream().allMatch(WebhookReceiver.Received::signed));
    assertEquals(
        4, receiver.received.stream().map(WebhookReceiver.Received::delivery).distinct().count());
    List<String> forA =
        receiver.received.stream()
            .filter(r -> r.body().contains("\"id\":" + a + ","))
            .map(r -> r.event() + " " + JsonPath.from(r.body()).getString("data.name"))
            .toList();
    assertEquals(
        List.of("account.created 钩子 甲", "account.updated 钩子 甲2", "account.updated 钩子 甲3"), forA);
    WebhookReceiver.Received forB =
        receiver.received.stream()
            .filter(r -> r.body().contains("\"id\":" + b + ","))
            .findFirst()
            .orElseThrow();
    assertEquals("account.created", JsonPath.from(forB.body()).getString("type"));
    // nothing left to send: every event went once
    assertEquals(0, sender.sendDue());
    Api.as(admin)
        .get("/api/v1/webhooks/" + endpoint + "/deliveries")
        .then()
        .statusCode(200)
        .body("total", equalTo(4))
        .body("items[0].status", equalTo("DELIVERED"))
        .body("items[0].attempts", equalTo(1))
        .body("items[0].lastStatusCode", equalTo(200));
  }

  @Test
  void aTamperedBodyOrAnotherSecretFailsVerification() {
    long t = Instant.now().getEpochSecond();
    String body = "{\"type\":\"account.created\",\"data\":{\"id\":1}}";
    String header = WebhookSignature.header("s3cret", t, body);
    assertTrue(
        WebhookSignature.verify("s3cret", header, body, Instant.now(), Duration.ofMinutes(5)));
    assertFalse(
        WebhookSignature.verify(
            "s3cret", header, body.replace("1}", "2}"), Instant.now(), Duration.ofMinutes(5)));
    assertFalse(
        WebhookSignature.verify("other", header, body, Instant.now(), Duration.ofMinutes(5)));
    // an old signature replayed later is refused too
    assertFalse(
        WebhookSignature.verify(
            "s3cret", header, body, Instant.now().plusSeconds(600), Duration.ofMinutes(5)));
    // hand-computed: HMAC-SHA256("key", "1.{}")
    assertEquals(
        "t=1,v1=" + WebhookSignature.hmac("key", "1.{}"), WebhookSignature.header("key", 1, "{}"));
  }

  @Test
  void aReceiverThatIsDownGetsTheEventsLaterStillInOrder() throws Exception {
    receiver.answer.set(503);
    long a = account("钩子 丙");
    rename(a, "钩子 丙2");
    assertEquals(1, sender.sendDue()); // the update waits behind the created event
    JsonPath log =
        Api.as(admin)
            .get("/api/v1/webhooks/" + endpoint + "/deliveries")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals("PENDING", log.getString("items[1].status"));
    assertEquals(1, log.getInt("items[1].attempts"));
    assertEquals(503, log.getInt("items[1].lastStatusCode"));
    assertEquals(0, log.getInt("items[0].attempts"));
    Thread.sleep(300);
    assertEquals(1, sender.sendDue()); // retried, still down
    receiver.answer.set(200);
    drain(2);
    assertEquals(
        List.of("account.created", "account.updated"),
        receiver.received.stream().map(WebhookReceiver.Received::event).toList());
    log =
        Api.as(admin)
            .get("/api/v1/webhooks/" + endpoint + "/deliveries")
            .then()
            .extract()
            .jsonPath();
    assertEquals("DELIVERED", log.getString("items[1].status"));
    assertTrue(log.getInt("items[1].attempts") >= 3);
    assertEquals(200, log.getInt("items[1].lastStatusCode"));
  }

  @Test
  void aRolledBackChangeAnnouncesNothing() {
    String key = "ACCOUNT:rollback-" + System.nanoTime();
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                outbox.publish(WebhookEvents.ACCOUNT_CREATED, key, Map.of("id", 1));
                throw new IllegalStateException("change failed");
              });
    } catch (IllegalStateException expected) {
      // the change and its delivery go together
    }
    QuarkusTransaction.requiringNew()
        .run(() -> outbox.publish(WebhookEvents.ACCOUNT_CREATED, key + "-kept", Map.of("id", 2)));
    assertEquals(0, rows(key));
    assertEquals(1, rows(key + "-kept"));
  }

  private long rows(String key) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "select count(*) from webhook_delivery where record_key = ?1")
                            .setParameter(1, key)
                            .getSingleResult())
                    .longValue());
  }

  @Test
  void replaySendsTheSameDeliveryAgain() throws Exception {
    account("钩子 丁");
    drain(1);
    long id = receiver.received.get(0).delivery();
    Api.as(admin)
        .post("/api/v1/webhooks/" + endpoint + "/deliveries/" + id + "/replay")
        .then()
        .statusCode(200)
        .body("status", equalTo("PENDING"))
        .body("attempts", equalTo(0));
    drain(2);
    assertEquals(
        List.of(id, id),
        receiver.received.stream().map(WebhookReceiver.Received::delivery).toList());
  }

  @Test
  void aTestEventGoesToThatEndpointOnlyAndIsSigned() throws Exception {
    long id =
        Api.as(admin)
            .post("/api/v1/webhooks/" + endpoint + "/test")
            .then()
            .statusCode(202)
            .body("eventType", equalTo("webhook.test"))
            .body("status", equalTo("PENDING"))
            .extract()
            .jsonPath()
            .getLong("id");
    drain(1);
    assertEquals(1, receiver.received.size());
    WebhookReceiver.Received got = receiver.received.get(0);
    assertEquals("webhook.test", got.event());
    assertEquals(id, got.delivery());
    assertTrue(got.signed());
    assertEquals(endpoint, JsonPath.from(got.body()).getLong("data.endpointId"));
    Api.as(admin).post("/api/v1/webhooks/" + (endpoint + 1000) + "/test").then().statusCode(404);
    Api.as(users.create(Role.MANAGER))
        .post("/api/v1/webhooks/" + endpoint + "/test")
        .then()
        .statusCode(403);
  }

  @Test
  void pastTheRetryWindowTheDeliveryFailsAndTheEndpointIsDisabled() throws Exception {
    receiver.answer.set(500);
    account("钩子 戊");
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "update webhook_delivery set retry_until = created_at where endpoint_id = ?1")
                    .setParameter(1, endpoint)
                    .executeUpdate());
    assertEquals(1, sender.sendDue());
    Api.as(admin)
        .get("/api/v1/webhooks/" + endpoint)
        .then()
        .body("enabled", equalTo(false))
        .body("disabledReason", equalTo("DELIVERY_FAILED"));
    Api.as(admin)
        .get("/api/v1/webhooks/" + endpoint + "/deliveries")
        .then()
        .body("items[0].status", equalTo("FAILED"))
        .body("items[0].lastStatusCode", equalTo(500));
    // a disabled endpoint gets no new deliveries
    account("钩子 己");
    assertEquals(0, sender.sendDue());
  }
}
