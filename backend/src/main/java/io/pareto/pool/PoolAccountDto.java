package io.pareto.pool;

import io.pareto.account.Category;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PoolAccount", description = "An account in a team's customer pool (公海)")
public record PoolAccountDto(
    @Schema(required = true, example = "42") long id,
    @Schema(required = true, example = "苏州恒瑞精密制造有限公司") String name,
    @Schema(required = true) Category category,
    @Schema(example = "MANUFACTURING") String industryCode,
    @Schema(example = "华东") String region,
    @Schema(description = "The team whose pool it is in; absent: the company pool", example = "3")
        Long teamId,
    @Schema(example = "华东大客户部") String teamName,
    @Schema(required = true) PoolReason reason,
    @Schema(description = "When it came to the pool; absent for an account that never had an owner")
        Instant pooledAt,
    @Schema(description = "Who owned it before", example = "7") Long previousOwnerId,
    @Schema(example = "李娜") String previousOwnerName,
    @Schema(description = "The day of its latest activity, by anyone") LocalDate lastActivityOn,
    @Schema(required = true, description = "The account's version, for If-Match") long version) {}
