package io.pareto.pool;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PoolRule",
    description =
        "回收规则: after how many days without an activity by its owner an account of each category"
            + " returns to the pool (absent: never; KEY accounts never return), and how many accounts"
            + " from the pool a rep may hold. A team without its own rule follows the company default.")
public record PoolRuleDto(
    @Schema(description = "Absent for the company default", example = "3") Long teamId,
    @Schema(example = "华东大客户部") String teamName,
    @Schema(required = true, description = "False when the team follows the company default")
        boolean own,
    @Schema(minimum = "1", example = "30") Integer targetDays,
    @Schema(minimum = "1") Integer normalDays,
    @Schema(minimum = "1") Integer lostDays,
    @Schema(required = true, minimum = "0", example = "20") int claimLimit,
    @Schema(required = true, description = "For If-Match; 0 while the team has no rule of its own")
        long version) {}
