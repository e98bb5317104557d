package io.pareto.plan;

import io.pareto.account.RelationshipStage;
import io.pareto.activity.CommitmentDto;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "AccountPlan",
    description =
        "The account plan (客户计划): SWOT, objectives vs actuals, actions, "
            + "joint business plan and the concessions ledger")
public record PlanDto(
    @Schema(required = true) long id,
    @Schema(required = true) long accountId,
    Long ownerId,
    @Schema(required = true) LocalDate periodStart,
    @Schema(required = true) LocalDate periodEnd,
    @Schema(required = true) PlanStatus status,
    RelationshipStage relationshipStage,
    String stageGoal,
    String strategy,
    @Schema(required = true) Swot swot,
    @Schema(required = true) List<ObjectiveDto> objectives,
    @Schema(required = true) List<ActionDto> actions,
    @Schema(required = true) JointBusinessPlan jointBusinessPlan,
    @Schema(required = true) ConcessionLedger concessions,
    @Schema(required = true) long version) {

  @Schema(
      name = "Swot",
      description = "Strengths and weaknesses inside; opportunities and threats outside")
  public record Swot(
      @Schema(required = true) List<String> strengths,
      @Schema(required = true) List<String> weaknesses,
      @Schema(required = true) List<String> opportunities,
      @Schema(required = true) List<String> threats) {}

  @Schema(
      name = "JointBusinessPlan",
      description = "Targets agreed with the customer and each side's commitments")
  public record JointBusinessPlan(
      @Schema(required = true) List<ObjectiveDto> targets,
      @Schema(required = true) List<CommitmentDto> customerCommitments,
      @Schema(required = true) List<CommitmentDto> ourCommitments,
      @Schema(description = "Mean attainment of the agreed targets, percent")
          BigDecimal executionPct) {}

  @Schema(name = "ConcessionLedger", description = "Give vs get")
  public record ConcessionLedger(
      @Schema(required = true, description = "Sum of concession amounts") BigDecimal given,
      @Schema(required = true, description = "Distinct customer commitments traded for")
          long commitmentsTradedFor,
      @Schema(required = true, description = "Of those, already KEPT") long commitmentsKept,
      @Schema(required = true, description = "Concessions granted as a manager's exception")
          long exceptions,
      @Schema(required = true) List<ConcessionDto> entries) {}
}
