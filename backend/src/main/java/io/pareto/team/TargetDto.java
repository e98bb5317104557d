package io.pareto.team;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SalesTarget",
    description = "A user's sales target (quota) for a month or a quarter")
public record TargetDto(
    @Schema(required = true) long id,
    @Schema(required = true) long userId,
    @Schema(required = true, example = "李娜") String userName,
    Long teamId,
    @Schema(required = true, example = "2026-Q4") String period,
    @Schema(required = true, example = "3000000.00") BigDecimal amount,
    @Schema(required = true) long version) {}
