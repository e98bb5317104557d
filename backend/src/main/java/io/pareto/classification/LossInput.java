package io.pareto.classification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record LossInput(
    @NotNull @Schema(example = "COMPETITOR") AccountLostReason reason,
    @Size(max = 2000) @Schema(example = "竞争对手报价低 15%") String reasonText,
    @Size(max = 200)
        @Schema(
            description = "Competitor name or id (plain value for now)",
            example = "Acme Systems")
        String competitor,
    @Schema(description = "Default NOT_STARTED", example = "IN_PROGRESS")
        WinBackStatus winBackStatus) {}
