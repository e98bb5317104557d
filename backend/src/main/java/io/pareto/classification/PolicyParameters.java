package io.pareto.classification;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The numbers of one policy version that a run needs; plain values so the engine runs without CDI.
 */
public record PolicyParameters(
    int version,
    BigDecimal weightRevenue,
    BigDecimal weightGrossProfit,
    BigDecimal weightGrowth,
    BigDecimal weightPotential,
    BigDecimal weightStrategic,
    BigDecimal keyThreshold,
    BigDecimal keyCapShare,
    int windowMonths) {

  /** Default policy version 1. */
  public static final PolicyParameters V1 =
      new PolicyParameters(
          1,
          new BigDecimal("0.35"),
          new BigDecimal("0.30"),
          new BigDecimal("0.10"),
          new BigDecimal("0.15"),
          new BigDecimal("0.10"),
          new BigDecimal("0.70"),
          new BigDecimal("0.20"),
          12);

  /** First month of window W: the {@code windowMonths} months ending with the as-of month. */
  public LocalDate windowStart(LocalDate asOf) {
    return asOf.withDayOfMonth(1).minusMonths(windowMonths - 1L);
  }

  /** First month of P, the window before W. */
  public LocalDate previousStart(LocalDate asOf) {
    return windowStart(asOf).minusMonths(windowMonths);
  }

  /** Facts from this month on are after the as-of month and ignored. */
  public LocalDate end(LocalDate asOf) {
    return asOf.withDayOfMonth(1).plusMonths(1);
  }

  /** cap = max(1, floor(share × n)). */
  public int cap(long activeCount) {
    return Math.max(1, keyCapShare.multiply(BigDecimal.valueOf(activeCount)).intValue());
  }

  public static PolicyParameters of(ClassificationPolicy p) {
    return new PolicyParameters(
        p.version,
        p.weightRevenue,
        p.weightGrossProfit,
        p.weightGrowth,
        p.weightPotential,
        p.weightStrategic,
        p.keyThreshold,
        p.keyCapShare,
        p.windowMonths);
  }
}
