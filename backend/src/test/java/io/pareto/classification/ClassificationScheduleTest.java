package io.pareto.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Several instances fire the same cron tick; one of them runs it. */
@QuarkusTest
class ClassificationScheduleTest {
  @Inject ClassificationSchedule schedule;
  @Inject EntityManager em;

  @Test
  void fourInstancesFiringOneTickStartOneRun() throws Exception {
    Instant tick = Instant.parse("2091-03-01T02:00:00Z");
    long before = scheduledRuns();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Boolean>> ran = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        // Fire times differ by milliseconds between instances; the tick is the same second.
        Instant fired = tick.plusMillis(i * 150L);
        ran.add(
            CompletableFuture.supplyAsync(
                () -> {
                  await(start);
                  return schedule.tick(fired);
                },
                pool));
      }
      start.countDown();
      long winners = ran.stream().filter(CompletableFuture::join).count();
      assertEquals(1, winners);
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
    assertEquals(before + 1, scheduledRuns());
    // Run again after the winner finished (a late instance): still nothing.
    assertEquals(false, schedule.tick(tick.plusMillis(900)));
    assertEquals(before + 1, scheduledRuns());
  }

  @Test
  void theNextTickRunsAgain() {
    long before = scheduledRuns();
    assertEquals(true, schedule.tick(Instant.parse("2092-04-01T02:00:00Z")));
    assertEquals(true, schedule.tick(Instant.parse("2092-05-01T02:00:00Z")));
    assertEquals(before + 2, scheduledRuns());
  }

  private long scheduledRuns() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "SELECT COUNT(*) FROM classification_run WHERE requested_by = 'scheduler'")
                            .getSingleResult())
                    .longValue());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
