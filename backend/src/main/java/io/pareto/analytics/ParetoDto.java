package io.pareto.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The 20/80 picture (docs/method.md §1) over the customers with a positive value in the window. */
public record ParetoDto(
    @Schema(required = true, example = "REVENUE") ParetoMetric metric,
    @Schema(required = true, example = "2026-11-23") LocalDate asOf,
    @Schema(required = true, example = "2025-12-01") LocalDate windowStart,
    @Schema(required = true, example = "2026-11-01") LocalDate windowEnd,
    @Schema(
            required = true,
            description = "Customers with a positive value in the window",
            example = "120")
        long customerCount,
    @Schema(required = true, example = "98000000.00") BigDecimal total,
    @Schema(
            required = true,
            description = "Fewest customers (largest first) whose value reaches 80% of the total",
            example = "22")
        long customersFor80Percent,
    @Schema(required = true, example = "0.183333") BigDecimal customerShareFor80Percent,
    @Schema(required = true, description = "ceil(20% × customerCount)", example = "24")
        long top20PercentCount,
    @Schema(required = true, example = "0.812345") BigDecimal top20PercentValueShare,
    @Schema(
            required = true,
            description =
                "Gini coefficient of the values: 0 = all equal, (n−1)/n = one customer has everything",
            example = "0.64")
        BigDecimal gini,
    @Schema(
            required = true,
            description =
                "Cumulative curve, largest customers first, from (0, 0) to (1, 1); at most 101 points")
        List<Point> points) {

  public record Point(
      @Schema(required = true, example = "0.2") BigDecimal customerShare,
      @Schema(required = true, example = "0.81") BigDecimal valueShare) {}
}
