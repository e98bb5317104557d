package io.pareto.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Objective actuals and attainment by hand-computed numbers (no Quarkus). */
class PlanActualsTest {
  private final PlanActuals q =
      new PlanActuals(
          new BigDecimal("300000.00"),
          new BigDecimal("75000.00"),
          9,
          2,
          new BigDecimal("2400000.00"),
          6);

  @Test
  void shareOfWalletIsRevenueOverTheProRatedAnnualPotential() {
    // wallet for 6 months = 2,400,000 × 6 / 12 = 1,200,000; 300,000 / 1,200,000 = 25%
    assertEquals(new BigDecimal("25.00"), q.actual(ObjectiveMetric.SHARE_OF_WALLET, null));
  }

  @Test
  void factMetricsAndContactsAndManual() {
    assertEquals(new BigDecimal("300000.00"), q.actual(ObjectiveMetric.REVENUE, BigDecimal.ONE));
    assertEquals(new BigDecimal("75000.00"), q.actual(ObjectiveMetric.GROSS_PROFIT, null));
    assertEquals(BigDecimal.valueOf(9), q.actual(ObjectiveMetric.ORDER_COUNT, null));
    assertEquals(BigDecimal.valueOf(2), q.actual(ObjectiveMetric.NEW_DECISION_CONTACTS, null));
    assertEquals(new BigDecimal("3"), q.actual(ObjectiveMetric.CUSTOM, new BigDecimal("3")));
  }

  @Test
  void withoutPotentialShareOfWalletFallsBackToTheManualActual() {
    PlanActuals none = new PlanActuals(BigDecimal.TEN, BigDecimal.ONE, 0, 0, null, 12);
    assertNull(none.actual(ObjectiveMetric.SHARE_OF_WALLET, null));
    assertEquals(
        new BigDecimal("40"), none.actual(ObjectiveMetric.SHARE_OF_WALLET, new BigDecimal("40")));
  }

  @Test
  void attainmentIsActualOverTarget() {
    // 300,000 / 400,000 = 75%
    assertEquals(
        new BigDecimal("75.00"),
        PlanActuals.attainment(new BigDecimal("300000.00"), new BigDecimal("400000")));
    assertNull(PlanActuals.attainment(null, BigDecimal.TEN));
    assertNull(PlanActuals.attainment(BigDecimal.TEN, BigDecimal.ZERO));
  }
}
