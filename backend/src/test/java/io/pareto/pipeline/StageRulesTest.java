package io.pareto.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The transition rules, by hand and as properties. */
class StageRulesTest {

  @Test
  void handPickedTransitions() {
    assertEquals(
        List.of(Stage.LEAD, Stage.PROPOSAL, Stage.NEGOTIATION, Stage.WON, Stage.LOST),
        StageRules.allowed(Stage.QUALIFIED, false));
    assertEquals(List.of(Stage.COLLECTED), StageRules.allowed(Stage.WON, true));
    assertEquals(List.of(), StageRules.allowed(Stage.COLLECTED, true));
    assertEquals(List.of(), StageRules.allowed(Stage.LOST, false));
    assertEquals(
        List.of(Stage.LEAD, Stage.QUALIFIED, Stage.PROPOSAL, Stage.NEGOTIATION),
        StageRules.allowed(Stage.LOST, true));
    assertTrue(StageRules.isBackStep(Stage.NEGOTIATION, Stage.QUALIFIED));
    assertFalse(StageRules.isBackStep(Stage.QUALIFIED, Stage.NEGOTIATION));
    assertFalse(StageRules.isAllowed(Stage.LEAD, Stage.COLLECTED, true)); // cash needs a win first
  }

  @Property
  void transitionsOutsideTheRulesAreRefused(
      @ForAll Stage from, @ForAll Stage to, @ForAll boolean canReopen) {
    boolean expected;
    if (from == to) expected = false;
    else if (from.isOpen()) expected = to != Stage.COLLECTED;
    else if (from == Stage.WON) expected = to == Stage.COLLECTED;
    else if (from == Stage.LOST) expected = canReopen && to.isOpen();
    else expected = false; // COLLECTED is final
    assertEquals(expected, StageRules.isAllowed(from, to, canReopen), from + " → " + to);
  }

  @Property
  void defaultForecastCategoryFollowsTheStage(@ForAll Stage s) {
    ForecastCategory c = s.defaultForecastCategory();
    if (s == Stage.LOST) assertEquals(ForecastCategory.OMITTED, c);
    else if (!s.isOpen()) assertEquals(ForecastCategory.CLOSED, c);
    else
      assertTrue(
          List.of(ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE, ForecastCategory.COMMIT)
              .contains(c));
  }
}
