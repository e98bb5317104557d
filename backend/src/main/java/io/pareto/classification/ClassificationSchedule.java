package io.pareto.classification;

import io.pareto.common.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;

/**
 * The monthly run with the active policy (docs/method.md §11: KAs are evaluated regularly). The
 * cron is pareto.classification.cron ("off" disables it). Every instance fires at the same tick;
 * the one that claims the tick in the database runs, the others skip it. The run lock alone is not
 * enough: a run that ends before a later instance fires would let that one run the tick again.
 */
@ApplicationScoped
public class ClassificationSchedule {
  private static final Logger LOG = Logger.getLogger(ClassificationSchedule.class);
  private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();
  private final ClassificationRunService runs;
  private final EntityManager em;

  public ClassificationSchedule(ClassificationRunService runs, EntityManager em) {
    this.runs = runs;
    this.em = em;
  }

  @Scheduled(
      identity = "monthly-classification",
      cron = "${pareto.classification.cron}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void monthly(ScheduledExecution execution) {
    tick(execution.getScheduledFireTime());
  }

  /**
   * Runs for the tick {@code fireTime} unless another instance claimed it; true if this one ran.
   */
  @ActivateRequestContext
  boolean tick(Instant fireTime) {
    Instant tick = fireTime.truncatedTo(ChronoUnit.SECONDS);
    if (!claim(tick)) {
      LOG.infof("scheduled classification of %s runs on another instance", tick);
      return false;
    }
    try {
      runs.run(new RunInput(null, null, false), "scheduler");
    } catch (ProblemException e) {
      LOG.infof("scheduled classification skipped: %s", e.getMessage());
    }
    return true;
  }

  private boolean claim(Instant tick) {
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  em.createNativeQuery(
                          "INSERT INTO classification_schedule_tick (fire_time, instance, claimed_at)"
                              + " VALUES (:t, :i, :c)")
                      .setParameter("t", tick)
                      .setParameter("i", INSTANCE)
                      .setParameter("c", Instant.now())
                      .executeUpdate());
      return true;
    } catch (RuntimeException e) {
      if (claimed(tick)) return false;
      throw e;
    }
  }

  private boolean claimed(Instant tick) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                            em.createNativeQuery(
                                    "SELECT COUNT(*) FROM classification_schedule_tick WHERE fire_time = :t")
                                .setParameter("t", tick)
                                .getSingleResult())
                        .longValue()
                    > 0);
  }
}
