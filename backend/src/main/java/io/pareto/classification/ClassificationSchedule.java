package io.pareto.classification;

import io.pareto.common.ProblemException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The monthly run with the active policy (docs/method.md §11: KAs are evaluated regularly). The
 * cron is pareto.classification.cron ("off" disables it); the database lock keeps it to one
 * instance.
 */
@ApplicationScoped
public class ClassificationSchedule {
  private static final Logger LOG = Logger.getLogger(ClassificationSchedule.class);
  private final ClassificationRunService runs;

  public ClassificationSchedule(ClassificationRunService runs) {
    this.runs = runs;
  }

  @Scheduled(
      identity = "monthly-classification",
      cron = "${pareto.classification.cron}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void monthly() {
    try {
      runs.run(new RunInput(null, null, false), "scheduler");
    } catch (ProblemException e) {
      LOG.infof("scheduled classification skipped: %s", e.getMessage());
    }
  }
}
