package io.pareto.classification;

import io.pareto.common.DemoDataLoaded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;

/**
 * Replaces the demo loader's rough categories with a real run as of today, so the demo shows
 * computed ones.
 */
@ApplicationScoped
public class ClassificationDemo {
  private final ClassificationRunService runs;

  public ClassificationDemo(ClassificationRunService runs) {
    this.runs = runs;
  }

  void onDemoData(@Observes DemoDataLoaded loaded) {
    runs.runInCurrentTransaction(LocalDate.now(), "demo-data");
  }
}
