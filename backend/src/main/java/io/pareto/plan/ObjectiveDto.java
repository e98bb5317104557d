package io.pareto.plan;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PlanObjective",
    description = "Target vs actual; actuals come from facts or contacts where they can")
public record ObjectiveDto(
    @Schema(required = true) long id,
    @Schema(required = true) ObjectiveMetric metric,
    String description,
    @Schema(required = true, example = "1200000.00") BigDecimal targetValue,
    @Schema(example = "950000.00") BigDecimal actualValue,
    @Schema(
            required = true,
            enumeration = {"FACTS", "CONTACTS", "MANUAL"})
        String actualSource,
    @Schema(description = "actual / target in percent", example = "79.17") BigDecimal attainmentPct,
    @Schema(required = true) boolean jointAgreed,
    @Schema(required = true) long version) {}
