package io.pareto.classification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new policy version. Rules beyond presence (ranges, weights summing to 1) are checked by the
 * service.
 */
public record PolicyInput(
    @Size(max = 500) @Schema(example = "Profit first") String description,
    @NotNull @Valid FactorWeights weights,
    @NotNull
        @Schema(
            description =
                "KEY score threshold, a fraction in [0, 1] (0.70 = 70%); 60 or 1.5 is refused",
            example = "0.70")
        BigDecimal keyThreshold,
    @NotNull
        @Schema(description = "KEY cap as a share of active accounts, in (0, 1]", example = "0.20")
        BigDecimal keyCapShare,
    @NotNull @Schema(description = "Window length in months, 1..36", example = "12")
        Integer windowMonths) {}
