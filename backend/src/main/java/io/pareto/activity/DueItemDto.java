package io.pareto.activity;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "DueItem",
    description = "An open commitment or plan action due by the list's horizon")
public record DueItemDto(
    @Schema(
            required = true,
            enumeration = {"COMMITMENT", "PLAN_ACTION"})
        String type,
    @Schema(required = true) long id,
    @Schema(required = true) long accountId,
    @Schema(required = true) String accountName,
    @Schema(description = "CUSTOMER or US for commitments; US for plan actions")
        CommitmentSide side,
    @Schema(required = true) String description,
    @Schema(required = true) LocalDate dueOn,
    @Schema(required = true) boolean overdue,
    @Schema(required = true, description = "Days past due (negative: days left)")
        long daysOverdue) {}
