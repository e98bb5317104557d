package io.pareto.pool;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PoolAssignInput", description = "Who gets an account from the pool (分配)")
public record PoolAssignInput(@NotNull @Schema(required = true, example = "7") Long userId) {}
