package io.pareto.classification;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Factor weights of a policy; each ≥ 0 and together exactly 1. */
public record FactorWeights(
    @Schema(required = true, example = "0.35") BigDecimal revenue12,
    @Schema(required = true, example = "0.30") BigDecimal grossProfit12,
    @Schema(required = true, example = "0.10") BigDecimal growth,
    @Schema(required = true, example = "0.15") BigDecimal potential,
    @Schema(required = true, example = "0.10") BigDecimal strategicValue) {}
