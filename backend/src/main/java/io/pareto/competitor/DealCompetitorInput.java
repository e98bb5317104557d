package io.pareto.competitor;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DealCompetitorInput", description = "A competitor met in the deal")
public record DealCompetitorInput(
    @NotNull Long competitorId,
    @Schema(description = "They won the deal we lost") boolean tookDeal,
    @Size(max = 1000) String notes) {}
