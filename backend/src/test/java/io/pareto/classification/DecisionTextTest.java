package io.pareto.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain JUnit: the explanation words, with the issue's own example worked by hand. */
class DecisionTextTest {
  static ExplanationDto.Factor f(String name, String pct, String weight) {
    return new ExplanationDto.Factor(
        name, BigDecimal.ONE, new BigDecimal(pct), new BigDecimal(weight), null);
  }

  @Test
  void theIssueExampleNeedsRevenuePercentileFrom061To074() {
    // gap 0.70 − 0.6545 = 0.0455; / 0.35 = 0.13; 0.61 + 0.13 = 0.74
    String s =
        DecisionText.whatWouldChange(
            "BELOW_THRESHOLD",
            new BigDecimal("0.6545"),
            new BigDecimal("0.70"),
            List.of(f("revenue12", "0.61", "0.35"), f("grossProfit12", "0.90", "0.30")),
            null);
    assertEquals(
        "needs score ≥ 0.70: revenue12 percentile would have to rise from 0.61 to 0.74", s);
  }

  @Test
  void keyRuleTextAndTheFallThatWouldDropIt() {
    assertEquals(
        "score 0.82 ≥ 0.70 and rank 12 ≤ cap 20",
        DecisionText.rule(
            "KEY_SELECTED", new BigDecimal("0.82"), new BigDecimal("0.70"), 12, 20, null, null));
    // (0.82 − 0.70) / 0.35 = 0.342857; 0.90 − 0.342857 = 0.557143 → below 0.55
    assertEquals(
        "drops below 0.70 if revenue12 percentile falls from 0.90 below 0.55, or if more accounts outrank"
            + " it than the cap allows",
        DecisionText.whatWouldChange(
            "KEY_SELECTED",
            new BigDecimal("0.82"),
            new BigDecimal("0.70"),
            List.of(f("revenue12", "0.90", "0.35")),
            null));
  }
}
