package io.pareto.analytics;

import io.pareto.account.Category;
import io.pareto.common.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Output (gross profit) against input (cost to serve) per account over the window (docs/method.md
 * §3).
 */
public record InputOutputDto(
    @Schema(required = true, example = "2026-11-23") LocalDate asOf,
    @Schema(required = true, example = "2025-12-01") LocalDate windowStart,
    @Schema(required = true, example = "2026-11-01") LocalDate windowEnd,
    @Schema(
            required = true,
            description = "Output at or above it is high; default the median",
            example = "150000.00")
        BigDecimal outputThreshold,
    @Schema(
            required = true,
            description = "Input at or above it is high; default the median",
            example = "40000.00")
        BigDecimal inputThreshold,
    @Schema(required = true, description = "Accounts with facts in the window", example = "120")
        long accountCount,
    @Schema(required = true) List<QuadrantTotals> quadrants,
    @Schema(description = "Page of the requested quadrant's accounts, largest output first")
        Page<AccountPoint> accounts) {

  public record QuadrantTotals(
      @Schema(required = true, example = "PROTECT_AND_GROW") Quadrant quadrant,
      @Schema(required = true, example = "30") long count,
      @Schema(required = true, example = "9000000.00") BigDecimal output,
      @Schema(required = true, example = "600000.00") BigDecimal input) {}

  public record AccountPoint(
      @Schema(required = true, example = "42") long accountId,
      @Schema(required = true, example = "中国工商银行江苏省分行") String name,
      @Schema(required = true, example = "KEY") Category category,
      @Schema(required = true, example = "PROTECT_AND_GROW") Quadrant quadrant,
      @Schema(required = true, example = "820000.00") BigDecimal output,
      @Schema(required = true, example = "35000.00") BigDecimal input) {}
}
