package io.pareto.activity;

import io.pareto.account.Category;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CadenceFinding",
    description = "An account not visited within its category's cadence")
public record CadenceFindingDto(
    @Schema(required = true) long accountId,
    @Schema(required = true) String accountName,
    @Schema(required = true) Category category,
    Long ownerId,
    @Schema(description = "Last VISIT on or before asOf; null if never visited")
        LocalDate lastVisitOn,
    @Schema(description = "Days since the last visit; null if never visited") Long daysSinceVisit,
    @Schema(required = true, example = "30") int ruleDays,
    @Schema(required = true, example = "KEY account not visited in 45 days") String message) {}
