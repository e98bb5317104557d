package io.pareto.classification;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "A classification policy version: factor weights, KEY threshold and cap (fractions), window. "
            + FactorWeights.GROWTH)
public record PolicyDto(
    @Schema(required = true, example = "1") int version,
    @Schema(example = "Default policy") String description,
    @Schema(required = true) FactorWeights weights,
    @Schema(
            required = true,
            example = "0.70",
            description = "KEY score threshold, a fraction in [0, 1] (0.70 = 70%)")
        BigDecimal keyThreshold,
    @Schema(required = true, example = "0.20") BigDecimal keyCapShare,
    @Schema(required = true, example = "12") int windowMonths,
    @Schema(required = true, example = "ACTIVE") ClassificationPolicy.Status status,
    @Schema(required = true, description = "A real run used it; it can no longer change")
        boolean used,
    @Schema(example = "admin@pareto.dev") String createdBy,
    @Schema(required = true) Instant createdAt,
    Instant activatedAt) {

  static PolicyDto of(ClassificationPolicy p) {
    return new PolicyDto(
        p.version,
        p.description,
        new FactorWeights(
            p.weightRevenue,
            p.weightGrossProfit,
            p.weightGrowth,
            p.weightPotential,
            p.weightStrategic),
        p.keyThreshold,
        p.keyCapShare,
        p.windowMonths,
        p.status,
        p.used,
        p.createdBy,
        p.createdAt,
        p.activatedAt);
  }
}
