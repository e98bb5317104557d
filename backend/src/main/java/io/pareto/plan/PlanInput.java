package io.pareto.plan;

import io.pareto.account.RelationshipStage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PlanInput",
    description = "The plan's header: period, relationship stage and goal, strategy, SWOT")
public record PlanInput(
    @NotNull @Schema(example = "2026-01-01") LocalDate periodStart,
    @NotNull @Schema(example = "2026-12-31") LocalDate periodEnd,
    @Schema(description = "Defaults to the account owner (the account manager)") Long ownerId,
    RelationshipStage relationshipStage,
    @Size(max = 1000) @Schema(example = "建立高层定期会晤机制") String stageGoal,
    @Size(max = 2000) String strategy,
    @Size(max = 50) List<@NotNull @Size(max = 500) String> strengths,
    @Size(max = 50) List<@NotNull @Size(max = 500) String> weaknesses,
    @Size(max = 50) List<@NotNull @Size(max = 500) String> opportunities,
    @Size(max = 50) List<@NotNull @Size(max = 500) String> threats) {}
