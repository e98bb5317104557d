package io.pareto.competitor;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CompetitorPresenceInput",
    description = "A competitor product installed at the account")
public record PresenceInput(
    @NotNull Long competitorId,
    @NotBlank @Size(max = 200) @Schema(example = "核心业务系统 V5") String product,
    @Schema(example = "2021-06-01") LocalDate installedSince,
    @Min(1) @Max(5) @Schema(description = "Customer satisfaction with it, 1–5") Short satisfaction,
    @Size(max = 200) @Schema(example = "赵经理") String competitorRep,
    @Min(1) @Max(5) @Schema(description = "Closeness of their rep to the customer, 1–5")
        Short repRelationship,
    @Size(max = 1000) String notes) {}
