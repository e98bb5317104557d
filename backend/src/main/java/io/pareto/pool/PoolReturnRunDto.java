package io.pareto.pool;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PoolReturnRun", description = "What a run of the return job did")
public record PoolReturnRunDto(
    @Schema(required = true, description = "The day the rules were judged on") LocalDate asOf,
    @Schema(required = true, description = "Accounts returned to their team's pool", example = "12")
        int returned) {}
