package io.pareto.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Drops keys past their retention window; every instance may run it, the delete is idempotent. */
@ApplicationScoped
public class IdempotencyPurge {
  private final IdempotencyStore store;

  public IdempotencyPurge(IdempotencyStore store) {
    this.store = store;
  }

  @Scheduled(
      identity = "idempotency-purge",
      every = "1h",
      delayed = "5m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void purge() {
    store.purge();
  }
}
