package io.pareto.pipeline.forecast;

import io.pareto.pipeline.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wire shapes of forecast and stuck deals. */
public final class ForecastDtos {
  private ForecastDtos() {}

  @Schema(
      name = "ForecastFigures",
      description = "Forecast figures of one owner, one team or everyone")
  public record Figures(
      @Schema(required = true, description = "Won in the period", example = "800000.00")
          BigDecimal closed,
      @Schema(required = true, description = "Open COMMIT deals expected to close in the period")
          BigDecimal commit,
      @Schema(required = true, description = "commit + open BEST_CASE deals") BigDecimal bestCase,
      @Schema(
              required = true,
              description = "bestCase + open PIPELINE deals: all open, not omitted")
          BigDecimal pipeline,
      @Schema(
              required = true,
              description = "Σ round(amount × stage probability, cents) of those open deals")
          BigDecimal weighted) {}

  @Schema(name = "ForecastOwner")
  public record OwnerLine(
      Long ownerId,
      @Schema(example = "李娜") String ownerName,
      Long teamId,
      @Schema(required = true) Figures figures) {}

  @Schema(name = "ForecastTeam")
  public record TeamLine(
      @Schema(description = "Null for owners without a team") Long teamId,
      @Schema(example = "华东大客户部") String teamName,
      @Schema(required = true) Figures figures) {}

  @Schema(name = "SlippedDeal", description = "Open deal whose expected close date has passed")
  public record SlippedDeal(
      @Schema(required = true) long id,
      @Schema(required = true) String name,
      Long ownerId,
      @Schema(required = true) BigDecimal amount,
      @Schema(required = true) Stage stage,
      @Schema(required = true) LocalDate expectedCloseDate,
      @Schema(required = true) long daysOverdue) {}

  @Schema(
      name = "Forecast",
      description = "What will close in the period, per owner, per team and in total")
  public record Forecast(
      @Schema(required = true, example = "2026-Q4") String period,
      @Schema(required = true) LocalDate start,
      @Schema(required = true, description = "Exclusive") LocalDate end,
      @Schema(required = true) List<OwnerLine> owners,
      @Schema(required = true) List<TeamLine> teams,
      @Schema(required = true) Figures total,
      @Schema(
              required = true,
              description =
                  "Open deals expected in the period whose date has already passed (at most 200)")
          List<SlippedDeal> slipped) {}

  @Schema(
      name = "StuckDeal",
      description = "Open deal that stays in its stage longer than twice the usual")
  public record StuckDeal(
      @Schema(required = true) long id,
      @Schema(required = true) String name,
      Long ownerId,
      @Schema(required = true) BigDecimal amount,
      @Schema(required = true) Stage stage,
      @Schema(required = true, example = "45.0") double daysInStage,
      @Schema(
              description = "Median days deals spent in this stage over the last 12 months",
              example = "12.0")
          Double medianDays,
      @Schema(required = true, description = "max(2 × median, 14)", example = "24.0")
          double thresholdDays) {}
}
