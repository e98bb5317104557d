package io.pareto.classification;

import io.pareto.account.Category;
import io.pareto.common.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a run decided (or, for a dry run, would decide). */
public record RunSummaryDto(
    @Schema(description = "Absent for a dry run, which stores nothing", example = "7") Long id,
    @Schema(required = true) boolean dryRun,
    @Schema(required = true, example = "2026-11-23") LocalDate asOf,
    @Schema(required = true, example = "1") int policyVersion,
    @Schema(required = true, example = "2025-12-01") LocalDate windowStart,
    @Schema(required = true, example = "2026-11-01") LocalDate windowEnd,
    @Schema(required = true, example = "0.70") BigDecimal keyThreshold,
    @Schema(required = true, description = "max(1, floor(share × activeCount))", example = "20")
        int keyCap,
    @Schema(required = true, example = "100") long activeCount,
    @Schema(
            required = true,
            description =
                "KEY accounts chosen by the policy (overrides excluded); never above keyCap",
            example = "18")
        long policyKeyCount,
    @Schema(required = true, description = "Accounts per category after the run")
        Map<Category, Long> counts,
    @Schema(required = true, description = "Transition matrix: accounts per (from, to) pair")
        List<Transition> transitions,
    @Schema(required = true, example = "12") long changedCount,
    @Schema(required = true, description = "First page of the accounts that change")
        Page<ChangeDto> changes,
    @Schema(required = true, example = "850") long durationMs) {

  public record Transition(
      @Schema(required = true, example = "NORMAL") Category from,
      @Schema(required = true, example = "KEY") Category to,
      @Schema(required = true, example = "3") long count) {}
}
