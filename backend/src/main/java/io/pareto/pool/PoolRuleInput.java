package io.pareto.pool;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PoolRuleInput", description = "A 回收规则; a category left out never returns")
public record PoolRuleInput(
    @Min(1) @Max(3650) Integer targetDays,
    @Min(1) @Max(3650) Integer normalDays,
    @Min(1) @Max(3650) Integer lostDays,
    @NotNull @Min(0) @Max(10000) Integer claimLimit) {}
