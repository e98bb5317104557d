package io.pareto.team;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SalesTargetInput")
public record TargetInput(
    @NotNull Long userId,
    @NotNull
        @Pattern(regexp = TargetPeriod.PATTERN, message = "must be YYYY-MM or YYYY-Qn")
        @Schema(example = "2026-Q4")
        String period,
    @NotNull @DecimalMin("0") @Digits(integer = 17, fraction = 2) @Schema(example = "3000000.00")
        BigDecimal amount) {}
