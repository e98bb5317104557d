package io.pareto.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ReviewDecisionInput",
    description = "A manager accepts or rejects the recommendation")
public record ReviewDecisionInput(
    @NotNull Boolean accept,
    @Size(max = 1000) String note,
    @Schema(description = "When the resulting classification override lapses; none = until removed")
        LocalDate overrideExpiresOn) {}
