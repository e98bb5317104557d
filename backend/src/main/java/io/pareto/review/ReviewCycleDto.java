package io.pareto.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ReviewCycle",
    description = "A review round with its progress over the reviews you may see")
public record ReviewCycleDto(
    @Schema(required = true) long id,
    @Schema(required = true, example = "2026-Q4") String period,
    LocalDate dueOn,
    Long openedById,
    @Schema(required = true) long total,
    @Schema(required = true, description = "Reviews submitted or decided") long done,
    @Schema(required = true) long decided,
    @Schema(example = "40.00") BigDecimal progressPct,
    @Schema(required = true) long version) {}
