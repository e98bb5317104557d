package io.pareto.pool;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PoolReleaseInput", description = "Why the owner returns an account to the pool")
public record PoolReleaseInput(
    @NotBlank @Size(max = 500) @Schema(required = true, example = "客户已转向集团采购，无跟进空间")
        String reason) {}
