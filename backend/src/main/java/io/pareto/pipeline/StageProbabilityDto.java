package io.pareto.pipeline;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StageProbability", description = "Win probability of a stage, in percent")
public record StageProbabilityDto(
    @NotNull @Schema(required = true, example = "PROPOSAL") Stage stage,
    @NotNull
        @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 2)
        @Schema(required = true, example = "50.00")
        BigDecimal probability) {}
