package io.pareto.classification;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Factor weights of a policy; each ≥ 0 and together exactly 1. */
public record FactorWeights(
    @Schema(required = true, example = "0.35") BigDecimal revenue12,
    @Schema(required = true, example = "0.30") BigDecimal grossProfit12,
    @Schema(required = true, example = "0.10", description = GROWTH) BigDecimal growth,
    @Schema(required = true, example = "0.15") BigDecimal potential,
    @Schema(required = true, example = "0.10") BigDecimal strategicValue) {
  /**
   * How growth is compared: said wherever a policy is described (API and docs/classification.md).
   */
  public static final String GROWTH =
      "Weight of growth = (revenue12 − revenuePrev12) / max(revenuePrev12, 1). Growth is "
          + "compared at 6 decimals (rounded half-up): growth values closer than 5·10⁻⁷ can tie and then share one percentile.";
}
