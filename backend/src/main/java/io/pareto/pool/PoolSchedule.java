package io.pareto.pool;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/** The nightly return job; pareto.pool.cron ("off" disables it). */
@ApplicationScoped
public class PoolSchedule {
  private static final Logger LOG = Logger.getLogger(PoolSchedule.class);
  private final PoolReturns returns;

  public PoolSchedule(PoolReturns returns) {
    this.returns = returns;
  }

  @Scheduled(
      identity = "pool-returns",
      cron = "${pareto.pool.cron}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void nightly() {
    int n = returns.run(LocalDate.now(ZoneOffset.UTC), null);
    LOG.infof("customer pool: %d accounts returned", n);
  }
}
