package io.pareto.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The benchmark row "10k webhook events to a local receiver": off by default (it takes a while on a
 * shared machine); {@code -Dpareto.bench.webhooks=10000} runs it and prints the figure.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "pareto.bench.webhooks", matches = "\\d+")
class WebhookThroughputTest {
  @Inject TestUsers users;
  @Inject WebhookSender sender;
  @Inject WebhookOutbox outbox;
  @Inject EntityManager em;

  @Test
  void deliversEveryEventSigned() throws Exception {
    int n = Integer.parseInt(System.getProperty("pareto.bench.webhooks"));
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      var created =
          Api.as(users.create(Role.ADMIN))
              .body(Map.of("url", receiver.url(), "eventTypes", List.of("account.updated")))
              .post("/api/v1/webhooks")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath();
      receiver.secret = created.getString("secret");
      long t0 = System.nanoTime();
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                // 1,000 records with 10 events each, so per-record order is exercised too
                for (int i = 0; i < n; i++)
                  outbox.publish(
                      WebhookEvents.ACCOUNT_UPDATED,
                      "ACCOUNT:bench-" + (i % 1000),
                      Map.of("seq", i, "name", "客户 " + i));
              });
      long t1 = System.nanoTime();
      while (receiver.received.size() < n && System.nanoTime() - t1 < 300_000_000_000L) {
        if (sender.sendDue() == 0) Thread.sleep(10);
      }
      long t2 = System.nanoTime();
      System.out.printf(
          "WEBHOOK BENCH: %d events written in %d ms, delivered in %d ms (%.0f/s), %d signed ok%n",
          n,
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000,
          n * 1e9 / (t2 - t1),
          receiver.received.stream().filter(WebhookReceiver.Received::signed).count());
      System.out.printf(
          "WEBHOOK BENCH: worker time claim %d ms, send %d ms, record %d ms%n",
          sender.spent().claim().sum() / 1_000_000,
          sender.spent().send().sum() / 1_000_000,
          sender.spent().record().sum() / 1_000_000);
      assertEquals(n, receiver.received.size());
      assertTrue(receiver.received.stream().allMatch(WebhookReceiver.Received::signed));
    } finally {
      QuarkusTransaction.requiringNew()
          .run(() -> em.createNativeQuery("delete from webhook_endpoint").executeUpdate());
    }
  }
}
