package io.pareto.team;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SalesTargetAmountInput", description = "A new amount for an existing target")
public record TargetAmountInput(
    @NotNull @DecimalMin("0") @Digits(integer = 17, fraction = 2) @Schema(example = "3200000.00")
        BigDecimal amount) {}
