package io.pareto.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two instances starting together on an empty database both find no admin and both insert one: the
 * loser must start anyway.
 */
@QuarkusTest
@TestProfile(AdminBootstrapRaceTest.Bootstrap.class)
class AdminBootstrapRaceTest {
  static final String EMAIL = "first.admin@bootstrap.test";

  public static class Bootstrap implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "pareto.admin.bootstrap", "true",
          "pareto.admin.email", EMAIL,
          "pareto.admin.password", "Bootstrap-Race-9xq!");
    }
  }

  @Inject AdminBootstrap bootstrap;
  @Inject EntityManager em;

  @Test
  void theInstanceThatLosesTheInsertStartsWithTheWinnersAdmin() throws Exception {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery("DELETE FROM app_user WHERE role = 'ADMIN'").executeUpdate());
    CountDownLatch inserted = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    // The other instance: its admin row is inserted but not committed while this one looks.
    CompletableFuture<Void> other =
        CompletableFuture.runAsync(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          em.createNativeQuery(
                                  "INSERT INTO app_user (email, name, role, active, created_at, updated_at)"
                                      + " VALUES (:e, 'Other instance', 'ADMIN', TRUE, :t, :t)")
                              .setParameter("e", EMAIL)
                              .setParameter("t", Instant.now())
                              .executeUpdate();
                          inserted.countDown();
                          await(commit);
                        }));
    inserted.await(30, TimeUnit.SECONDS);
    CompletableFuture<Void> mine = CompletableFuture.runAsync(() -> bootstrap.onStart(null));
    Thread.sleep(1500); // this instance counted no admin and now waits on the email's unique index
    commit.countDown();
    other.get(30, TimeUnit.SECONDS);
    mine.get(30, TimeUnit.SECONDS); // threw a unique-key violation before the fix
    long admins =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ((Number)
                            em.createNativeQuery(
                                    "SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN' AND email = :e")
                                .setParameter("e", EMAIL)
                                .getSingleResult())
                        .longValue());
    assertEquals(1, admins);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
