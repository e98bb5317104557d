package io.pareto.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ObjectiveInput",
    description = "A measurable target; jointAgreed = agreed with the customer")
public record ObjectiveInput(
    @NotNull ObjectiveMetric metric,
    @Size(max = 500) @Schema(example = "全年销售额") String description,
    @NotNull @PositiveOrZero @Schema(example = "1200000.00") BigDecimal targetValue,
    @Schema(description = "Only used for CUSTOM, or SHARE_OF_WALLET without a potential")
        BigDecimal manualActual,
    boolean jointAgreed) {}
