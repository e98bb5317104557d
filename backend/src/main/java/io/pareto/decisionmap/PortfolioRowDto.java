package io.pareto.decisionmap;

import io.pareto.account.Category;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "DecisionMapSummary",
    description = "One account's decision-map score and gap counts")
public record PortfolioRowDto(
    @Schema(required = true) long accountId,
    @Schema(required = true, example = "江苏省税务局") String accountName,
    @Schema(required = true) Category category,
    Long ownerId,
    @Schema(required = true, example = "40") int score,
    @Schema(required = true) int highGaps,
    @Schema(required = true) int mediumGaps,
    @Schema(required = true) int lowGaps,
    @Schema(description = "The most severe gap, first in rule order; empty when there is none")
        GapRule topGap) {}
