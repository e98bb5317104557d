package io.pareto.pipeline.funnel;

import io.pareto.pipeline.DealLostReason;
import io.pareto.pipeline.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wire shapes of the funnel reports. */
public final class FunnelDtos {
  private FunnelDtos() {}

  @Schema(name = "LostCount", description = "Deals lost for one reason")
  public record LostCount(
      @Schema(required = true) DealLostReason reason,
      @Schema(required = true) long count,
      @Schema(required = true, example = "300000.00") BigDecimal amount) {}

  @Schema(name = "CohortStage", description = "One stage of a cohort funnel")
  public record CohortStage(
      @Schema(required = true) Stage stage,
      @Schema(
              required = true,
              description = "Deals that were ever in this stage or a later one (skips count)")
          long reached,
      @Schema(
              description =
                  "reached ÷ reached of the previous stage (null for LEAD or when that is 0)",
              example = "0.6667")
          Double conversionFromPrevious,
      @Schema(description = "reached ÷ reached of LEAD", example = "0.4") Double conversionFromLead,
      @Schema(
              required = true,
              description = "Amount of the deals that reached the stage",
              example = "1200000.00")
          BigDecimal amount,
      @Schema(required = true, description = "Deals lost while in this stage") long lost,
      @Schema(required = true) List<LostCount> lostReasons,
      @Schema(
              description =
                  "Average days a deal spent in the stage (completed stays, summed per deal)",
              example = "12.5")
          Double averageDays,
      @Schema(description = "Median of the same", example = "10.0") Double medianDays) {}

  @Schema(name = "CohortFunnel", description = "Deals created in [from, to]: how far they got")
  public record CohortFunnel(
      @Schema(required = true) LocalDate from,
      @Schema(required = true) LocalDate to,
      @Schema(required = true) long deals,
      @Schema(required = true) List<CohortStage> stages) {}

  @Schema(name = "SnapshotStage", description = "Deals open in one stage at the snapshot instant")
  public record SnapshotStage(
      @Schema(required = true) Stage stage,
      @Schema(required = true) long count,
      @Schema(required = true, example = "500000.00") BigDecimal amount,
      @Schema(
              required = true,
              description = "Σ round(amount × probability, cents)",
              example = "250000.00")
          BigDecimal weightedAmount,
      @Schema(description = "Average age in days since creation", example = "40.2")
          Double averageAgeDays) {}

  @Schema(
      name = "SnapshotFunnel",
      description = "Open deals per stage at an instant, reconstructed from history")
  public record SnapshotFunnel(
      @Schema(required = true) Instant asOf, @Schema(required = true) List<SnapshotStage> stages) {}

  @Schema(name = "Funnel", description = "mode=cohort fills cohort, mode=snapshot fills snapshot")
  public record Funnel(
      @Schema(required = true, example = "COHORT") String mode,
      CohortFunnel cohort,
      SnapshotFunnel snapshot) {}

  @Schema(
      name = "PipelineMetrics",
      description = "Win rate, deal size, cycle, velocity and collection lag")
  public record Metrics(
      @Schema(required = true) LocalDate from,
      @Schema(required = true) LocalDate to,
      @Schema(required = true, description = "Deals won in the range (last close event per deal)")
          long won,
      @Schema(required = true) long lost,
      @Schema(description = "won ÷ (won + lost)", example = "0.6") Double winRate,
      @Schema(description = "Average amount of won deals", example = "400000.00")
          BigDecimal averageDealSize,
      @Schema(description = "Average days from creation to WON", example = "75.0")
          Double averageCycleDays,
      @Schema(required = true, description = "Deals open now") long openDeals,
      @Schema(
              description =
                  "openDeals × winRate × averageDealSize ÷ the average cycle in days before rounding, per day",
              example = "12000.00")
          BigDecimal velocityPerDay,
      @Schema(
              description = "Average days WON → COLLECTED for deals collected in the range",
              example = "30.0")
          Double averageCollectionDays,
      @Schema(required = true) List<LostCount> lostReasons) {}
}
