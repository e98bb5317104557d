package io.pareto.team;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "TargetForecast",
    description =
        "The period's forecast against the sales targets, per owner and for the whole team (销售指标达成)")
public record TargetForecastDto(
    @Schema(required = true, example = "2026-Q4") String period,
    @Schema(required = true) LocalDate start,
    @Schema(required = true, description = "Exclusive") LocalDate end,
    @Schema(description = "The team; null for everyone") Long teamId,
    @Schema(required = true, description = "Owners with deals or a target, largest target first")
        List<Line> owners,
    @Schema(required = true) Line total) {

  @Schema(name = "TargetForecastLine")
  public record Line(
      @Schema(description = "Null on the total line") Long userId,
      @Schema(example = "李娜") String name,
      @Schema(description = "Null without a target", example = "3000000.00") BigDecimal target,
      @Schema(required = true, description = "Won in the period, as the forecast counts it")
          BigDecimal closed,
      @Schema(required = true) BigDecimal commit,
      @Schema(required = true, description = "commit + best-case deals") BigDecimal bestCase,
      @Schema(required = true, description = "All open deals of the period") BigDecimal pipeline,
      @Schema(
              description =
                  "closed ÷ target in percent, 2 decimals; null without a positive target")
          BigDecimal attainment,
      @Schema(description = "(closed + commit) ÷ target in percent") BigDecimal withCommit,
      @Schema(description = "(closed + bestCase) ÷ target in percent") BigDecimal withBestCase,
      @Schema(description = "target − closed, never below 0; null without a target")
          BigDecimal gap) {}
}
