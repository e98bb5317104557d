package io.pareto.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two workers (as two instances would) claiming at the same moment never take the same delivery:
 * PostgreSQL's SKIP LOCKED. H2 is the one-instance fallback and blocks instead, so this runs on
 * PostgreSQL only.
 */
@QuarkusTest
class WebhookClaimTest {
  @Inject WebhookDeliveries deliveries;
  @Inject WebhookOutbox outbox;
  @Inject EntityManager em;

  @ConfigProperty(name = "quarkus.datasource.db-kind")
  String dbKind;

  @AfterEach
  void tearDown() {
    QuarkusTransaction.requiringNew()
        .run(() -> em.createNativeQuery("delete from webhook_endpoint").executeUpdate());
  }

  @Test
  void twoConcurrentClaimsAreDisjoint() throws Exception {
    assumeTrue(dbKind.startsWith("postgres"));
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              em.createNativeQuery(
                      "insert into webhook_endpoint (url, event_types, secret, enabled, created_at,"
                          + " updated_at, version) values ('http://127.0.0.1:9/x',"
                          + " ',account.created,', 's', true, ?1, ?1, 0)")
                  .setParameter(1, java.time.OffsetDateTime.now())
                  .executeUpdate();
              for (int i = 0; i < 50; i++)
                outbox.publish(WebhookEvents.ACCOUNT_CREATED, "ACCOUNT:claim-" + i, Map.of("i", i));
            });
    CyclicBarrier bothClaimed = new CyclicBarrier(2);
    var first = CompletableFuture.supplyAsync(() -> claimAndHold(bothClaimed));
    var second = CompletableFuture.supplyAsync(() -> claimAndHold(bothClaimed));
    List<Long> a = first.get(30, TimeUnit.SECONDS);
    List<Long> b = second.get(30, TimeUnit.SECONDS);
    Set<Long> union = new HashSet<>(a);
    union.addAll(b);
    assertEquals(a.size() + b.size(), union.size(), "no delivery claimed twice");
    assertEquals(50, union.size());
    assertTrue(a.size() == 30 || b.size() == 30);
  }

  /** Claims 30 and keeps the transaction (and its row locks) open until the other has claimed. */
  private List<Long> claimAndHold(CyclicBarrier barrier) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<Long> ids =
                  deliveries.claim(30, Duration.ofMinutes(1)).stream()
                      .map(WebhookDeliveries.Claimed::id)
                      .toList();
              barrier.await(20, TimeUnit.SECONDS);
              return ids;
            });
  }
}
