package io.pareto.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Commitment",
    description = "A promise by the customer or by us, with a due date and a state")
public record CommitmentDto(
    @Schema(required = true) long id,
    @Schema(required = true) long accountId,
    Long planId,
    Long activityId,
    @Schema(required = true) CommitmentSide side,
    @Schema(required = true) CommitmentKind kind,
    @Schema(required = true, example = "二季度采购 500 台终端") String description,
    @Schema(example = "500") BigDecimal targetValue,
    @Schema(example = "2026-12-15") LocalDate dueOn,
    @Schema(required = true) CommitmentStatus status,
    @Schema(
            description =
                "Who chases it: our assignee, or the account manager for customer promises")
        Long ownerId,
    @Schema(required = true) long version) {

  public static CommitmentDto of(Commitment c) {
    return new CommitmentDto(
        c.id,
        c.accountId,
        c.planId,
        c.activityId,
        c.side,
        c.kind,
        c.description,
        c.targetValue,
        c.dueOn,
        c.status,
        c.ownerId,
        c.version);
  }
}
