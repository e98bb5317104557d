package io.pareto.pipeline.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.pipeline.Stage;
import io.pareto.pipeline.StageRules;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Demo histories obey the transition rules, end in the deal's stage and show skips, back-steps and
 * reopens.
 */
class DemoStageHistoryTest {

  @Test
  void demoPathsFollowTheRules() {
    Random rnd = new Random(2080);
    int skips = 0;
    int backSteps = 0;
    int reopens = 0;
    for (int n = 0; n < 200; n++) {
      Stage target = Stage.values()[n % Stage.values().length];
      List<Stage> path = DemoStageHistory.path(target, n, rnd);
      assertEquals(Stage.LEAD, path.get(0));
      assertEquals(target, path.get(path.size() - 1), "deal " + n);
      for (int i = 1; i < path.size(); i++) {
        Stage from = path.get(i - 1);
        Stage to = path.get(i);
        assertTrue(StageRules.isAllowed(from, to, true), "deal " + n + ": " + from + " → " + to);
        if (StageRules.isBackStep(from, to)) backSteps++;
        if (from == Stage.LOST) reopens++;
        if (from.isOpen() && to.isOpen() && to.ordinal() > from.ordinal() + 1) skips++;
      }
    }
    assertTrue(
        skips > 0 && backSteps > 0 && reopens > 0,
        skips + " skips, " + backSteps + " back, " + reopens + " reopen");
  }
}
