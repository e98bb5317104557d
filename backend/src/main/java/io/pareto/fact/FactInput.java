package io.pareto.fact;

import io.pareto.common.Months;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Figures for one month. Revenue and cost are never negative; gross profit may be. */
@Schema(name = "AccountFactInput")
public record FactInput(
    @NotBlank
        @Pattern(regexp = Months.PATTERN, message = "must be a month as YYYY-MM")
        @Schema(example = "2026-10")
        String month,
    @NotNull @DecimalMin("0") @Digits(integer = 17, fraction = 2) @Schema(example = "185000.00")
        BigDecimal revenue,
    @NotNull @Digits(integer = 17, fraction = 2) @Schema(example = "46250.00")
        BigDecimal grossProfit,
    @NotNull @DecimalMin("0") @Digits(integer = 17, fraction = 2) @Schema(example = "12000.00")
        BigDecimal costToServe,
    @NotNull @Min(0) @Schema(example = "4") Integer orderCount) {

  static FactInput of(AccountFact f) {
    return new FactInput(
        Months.format(f.month), f.revenue, f.grossProfit, f.costToServe, f.orderCount);
  }
}
