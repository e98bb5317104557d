package io.pareto.tools.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.pipeline.Stage;
import io.pareto.pipeline.StageRules;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The generated stage histories obey the stage rules and have the volume the benchmark needs (~4
 * per deal).
 */
class DealPathTest {
  private static final OffsetDateTime FIRST =
      OffsetDateTime.of(2024, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void everyPathFollowsTheRulesAndTheyAverageFourChanges() {
    int deals = 20_000;
    long changes = 0;
    int open = 0;
    int lost = 0;
    for (long id = 1; id <= deals; id++) {
      DealPath p = DealPath.of(42, id, id % 10 == 0, FIRST, 700, NOW);
      assertEquals(p, DealPath.of(42, id, id % 10 == 0, FIRST, 700, NOW), "replayable from the id");
      assertNull(p.steps().get(0).from());
      assertEquals("LEAD", p.steps().get(0).to());
      assertEquals(p.created(), p.steps().get(0).at());
      assertTrue(!p.created().isBefore(FIRST) && p.created().isBefore(FIRST.plusDays(700)));
      for (int i = 1; i < p.steps().size(); i++) {
        DealPath.Step prev = p.steps().get(i - 1);
        DealPath.Step s = p.steps().get(i);
        Stage from = Stage.valueOf(s.from());
        Stage to = Stage.valueOf(s.to());
        assertEquals(prev.to(), s.from(), "a step starts where the last ended");
        assertTrue(StageRules.isAllowed(from, to, false), from + " -> " + to);
        assertFalse(s.at().isBefore(prev.at()));
        assertFalse(s.at().isAfter(NOW), "never after the generator's now");
        assertEquals(
            StageRules.isBackStep(from, to), s.reason() != null, "a reason exactly on back-steps");
        assertEquals(to == Stage.LOST, s.lostReason() != null, "a lost reason exactly on losses");
        if (s.lostReason() != null)
          assertNotNull(io.pareto.pipeline.DealLostReason.valueOf(s.lostReason()));
      }
      changes += p.steps().size();
      Stage last = Stage.valueOf(p.last().to());
      if (last.isOpen()) open++;
      if (last == Stage.LOST) lost++;
    }
    double perDeal = (double) changes / deals;
    assertTrue(perDeal > 3.7 && perDeal < 4.3, "changes per deal " + perDeal);
    assertTrue(open > deals / 5 && open < deals * 2 / 5, "open deals " + open);
    assertTrue(lost > deals / 5 && lost < deals * 2 / 5, "lost deals " + lost);
  }
}
