package io.pareto.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of one plan period, aggregated in SQL, and the rule that turns them into an
 * objective's actual. Share of wallet = revenue in the period / (estimated annual potential ×
 * months / 12) as a percentage: the potential is the customer's yearly spend in our categories.
 */
public record PlanActuals(
    BigDecimal revenue,
    BigDecimal grossProfit,
    long orderCount,
    long newDecisionContacts,
    BigDecimal annualPotential,
    int months) {

  /**
   * The actual for a metric; null when it cannot be computed (no potential, CUSTOM without manual).
   */
  public BigDecimal actual(ObjectiveMetric metric, BigDecimal manual) {
    return switch (metric) {
      case REVENUE -> revenue;
      case GROSS_PROFIT -> grossProfit;
      case ORDER_COUNT -> BigDecimal.valueOf(orderCount);
      case NEW_DECISION_CONTACTS -> BigDecimal.valueOf(newDecisionContacts);
      case SHARE_OF_WALLET -> {
        if (annualPotential == null || annualPotential.signum() <= 0 || months <= 0) yield manual;
        BigDecimal wallet =
            annualPotential
                .multiply(BigDecimal.valueOf(months))
                .divide(BigDecimal.valueOf(12), 6, RoundingMode.HALF_UP);
        yield revenue.multiply(BigDecimal.valueOf(100)).divide(wallet, 2, RoundingMode.HALF_UP);
      }
      case CUSTOM -> manual;
    };
  }

  /** Where the actual comes from, so the UI can say "from facts" or "entered by hand". */
  public static String source(ObjectiveMetric metric) {
    return switch (metric) {
      case REVENUE, GROSS_PROFIT, ORDER_COUNT, SHARE_OF_WALLET -> "FACTS";
      case NEW_DECISION_CONTACTS -> "CONTACTS";
      case CUSTOM -> "MANUAL";
    };
  }

  /** actual / target as a percentage (2 decimals); null without an actual or a positive target. */
  public static BigDecimal attainment(BigDecimal actual, BigDecimal target) {
    if (actual == null || target == null || target.signum() <= 0) return null;
    return actual.multiply(BigDecimal.valueOf(100)).divide(target, 2, RoundingMode.HALF_UP);
  }
}
