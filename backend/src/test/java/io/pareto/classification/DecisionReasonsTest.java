package io.pareto.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.pareto.classification.ExplanationReason.Code;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain JUnit: the explanation's codes and parameters, worked by hand. */
class DecisionReasonsTest {
  static ExplanationDto.Factor f(String name, String pct, String weight) {
    return new ExplanationDto.Factor(
        name, BigDecimal.ONE, new BigDecimal(pct), new BigDecimal(weight), null);
  }

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void belowThresholdNeedsTheTopFactorToRiseFrom061To074() {
    // gap 0.70 − 0.6545 = 0.0455; / 0.35 = 0.13; 0.61 + 0.13 = 0.74
    ExplanationReason r =
        DecisionReasons.whatWouldChange(
                "BELOW_THRESHOLD",
                d("0.6545"),
                d("0.70"),
                List.of(f("revenue12", "0.61", "0.35"), f("grossProfit12", "0.90", "0.30")),
                null)
            .orElseThrow();
    assertEquals(Code.RAISE_FACTOR, r.code());
    assertEquals("revenue12", r.params().factor());
    assertEquals(0, d("0.61").compareTo(r.params().percentile()));
    assertEquals(0, d("0.74").compareTo(r.params().targetPercentile()));
    assertEquals(0, d("0.70").compareTo(r.params().threshold()));
    assertNull(r.params().score());
  }

  @Test
  void aKeyAccountNamesScoreThresholdRankCapAndTheFallThatWouldDropIt() {
    ExplanationReason rule =
        DecisionReasons.rule("KEY_SELECTED", d("0.82"), d("0.70"), 12, 20, null, null);
    assertEquals(Code.KEY_SELECTED, rule.code());
    assertEquals(d("0.82"), rule.params().score());
    assertEquals(d("0.70"), rule.params().threshold());
    assertEquals(12, rule.params().rank());
    assertEquals(20, rule.params().cap());
    // (0.82 − 0.70) / 0.35 = 0.342857 (floor); 0.90 − 0.342857 = 0.557143
    ExplanationReason drop =
        DecisionReasons.whatWouldChange(
                "KEY_SELECTED", d("0.82"), d("0.70"), List.of(f("revenue12", "0.90", "0.35")), null)
            .orElseThrow();
    assertEquals(Code.DROPS_IF_FACTOR_FALLS, drop.code());
    assertEquals(0, d("0.557143").compareTo(drop.params().targetPercentile()));
  }

  @Test
  void aKeyAccountFarAboveTheThresholdCanOnlyBePushedOutByTheCap() {
    // (0.95 − 0.70) / 0.20 = 1.25 > 0.90: no fall of revenue12 alone drops it
    ExplanationReason r =
        DecisionReasons.whatWouldChange(
                "KEY_SELECTED", d("0.95"), d("0.70"), List.of(f("revenue12", "0.90", "0.20")), null)
            .orElseThrow();
    assertEquals(Code.ONLY_CAP_CAN_DEMOTE, r.code());
    assertEquals("revenue12", r.params().factor());
  }

  @Test
  void overTheCapNeedsTheLowestKeyScore() {
    ExplanationReason rule =
        DecisionReasons.rule("OVER_CAP", d("0.74"), d("0.70"), 3, 2, null, null);
    assertEquals(Code.OVER_CAP, rule.code());
    assertEquals(3, rule.params().rank());
    assertEquals(2, rule.params().cap());
    ExplanationReason change =
        DecisionReasons.whatWouldChange("OVER_CAP", d("0.74"), d("0.70"), List.of(), d("0.81"))
            .orElseThrow();
    assertEquals(Code.RANK_WITHIN_CAP, change.code());
    assertEquals(d("0.81"), change.params().lowestKeyScore());
  }

  @Test
  void aLostAccountNamesItsMonths() {
    ExplanationReason rule =
        DecisionReasons.rule(
            "NO_RECENT_REVENUE", null, d("0.70"), null, null, "1999-03", "1999-04");
    assertEquals(Code.NO_RECENT_REVENUE, rule.code());
    assertEquals("1999-03", rule.params().lastRevenueMonth());
    assertEquals("1999-04", rule.params().lostSince());
    assertNull(rule.params().threshold());
    assertEquals(
        Code.REVENUE_IN_WINDOW,
        DecisionReasons.whatWouldChange("NO_RECENT_REVENUE", null, d("0.70"), List.of(), null)
            .orElseThrow()
            .code());
  }
}
