package io.pareto.overview;

import io.pareto.account.Category;
import io.pareto.activity.ActivityKind;
import io.pareto.activity.CommitmentSide;
import io.pareto.classification.ExplanationReason;
import io.pareto.classification.Source;
import io.pareto.competitor.PresenceDto;
import io.pareto.decisionmap.DecisionMapDto;
import io.pareto.pipeline.Stage;
import io.pareto.plan.PlanStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "AccountOverview",
    description = "Account 360: what the account page shows at the top, in one call")
public record AccountOverviewDto(
    @Schema(required = true) long accountId,
    @Schema(required = true, example = "江苏省税务局") String accountName,
    Long ownerId,
    @Schema(required = true) Classification classification,
    @Schema(required = true) Plan plan,
    @Schema(required = true) DecisionMap decisionMap,
    @Schema(required = true, description = "Open stages only") List<PipelineStage> openPipeline,
    @Schema(required = true, description = "Up to 3, newest first")
        List<ActivityLine> lastActivities,
    @Schema(required = true, description = "Planned, up to 3, soonest first")
        List<ActivityLine> nextActivities,
    @Schema(required = true, description = "Up to 10, oldest due first")
        List<OverdueCommitment> overdueCommitments,
    @Schema(required = true) List<PresenceDto> competitors) {

  @Schema(name = "OverviewClassification", description = "Category with the explanation's summary")
  public record Classification(
      @Schema(required = true) Category category,
      @Schema(required = true) Source source,
      BigDecimal score,
      @Schema(required = true) List<ExplanationReason> why,
      @Schema(required = true) List<ExplanationReason> whatWouldChange) {}

  @Schema(name = "OverviewPlan", description = "status NONE when the account has no active plan")
  public record Plan(
      @Schema(
              required = true,
              enumeration = {"ACTIVE", "NONE"})
          String status,
      Long planId,
      LocalDate periodStart,
      LocalDate periodEnd,
      @Schema(required = true) long overdueActions) {
    static Plan none() {
      return new Plan("NONE", null, null, null, 0);
    }

    static Plan active(long id, LocalDate start, LocalDate end, long overdue) {
      return new Plan(PlanStatus.ACTIVE.name(), id, start, end, overdue);
    }
  }

  @Schema(name = "OverviewDecisionMap")
  public record DecisionMap(
      @Schema(required = true, example = "65") int score,
      @Schema(required = true, description = "Up to 3, HIGH first")
          List<DecisionMapDto.Gap> topGaps) {}

  @Schema(name = "OverviewPipelineStage")
  public record PipelineStage(
      @Schema(required = true) Stage stage,
      @Schema(required = true) long count,
      @Schema(required = true) BigDecimal amount) {}

  @Schema(name = "OverviewActivity")
  public record ActivityLine(
      @Schema(required = true) long id,
      @Schema(required = true) ActivityKind kind,
      @Schema(required = true) LocalDate occurredOn,
      @Schema(required = true) String purpose) {}

  @Schema(name = "OverviewCommitment")
  public record OverdueCommitment(
      @Schema(required = true) long id,
      @Schema(required = true) CommitmentSide side,
      @Schema(required = true) String description,
      @Schema(required = true) LocalDate dueOn,
      Long ownerId) {}
}
