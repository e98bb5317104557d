package io.pareto.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanActionInput", description = "What, who, by when")
public record ActionInput(
    @NotBlank @Size(max = 500) @Schema(example = "安排客户高层参观总部") String what,
    @Schema(description = "Defaults to the plan owner") Long ownerId,
    @Schema(example = "2026-12-20") LocalDate dueOn,
    @Schema(description = "Defaults to OPEN") ActionStatus status) {}
