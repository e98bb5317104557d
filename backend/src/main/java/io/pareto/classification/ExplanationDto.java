package io.pareto.classification;

import io.pareto.account.Category;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an account has its category, and what would change it. */
public record ExplanationDto(
    @Schema(required = true, example = "42") long accountId,
    @Schema(required = true, example = "KEY") Category category,
    @Schema(required = true, example = "POLICY") Source source,
    @Schema(
            description = "Latest stored run that classified it; absent before the first run",
            example = "7")
        Long runId,
    @Schema(example = "2026-11-23") LocalDate asOf,
    @Schema(example = "1") Integer policyVersion,
    @Schema(description = "Score in [0, 1]; absent for inactive accounts", example = "0.823611")
        BigDecimal score,
    @Schema(example = "0.70") BigDecimal keyThreshold,
    @Schema(example = "20") Integer keyCap,
    @Schema(
            description = "Rank among the KEY candidates (score ≥ threshold, no override)",
            example = "12")
        Integer keyRank,
    @Schema(example = "100") Integer activeCount,
    @Schema(
            description = "What the policy alone says (differs from category under an override)",
            example = "KEY")
        Category policyCategory,
    @Schema(example = "KEY_SELECTED") String ruleCode,
    @Schema(
            required = true,
            description =
                "Why it has its category, first the deciding reason; under an override the"
                    + " policy's own reason follows it")
        List<ExplanationReason> why,
    @Schema(
            required = true,
            description = "What would change the category (empty when nothing simple would)")
        List<ExplanationReason> whatWouldChange,
    @Schema(required = true) List<Factor> factors,
    @Schema(description = "First month without revenue, for LOST accounts", example = "2025-04")
        String lostSince,
    OverrideDto override,
    @Schema(required = true, description = "Category per stored run, newest first (at most 24)")
        List<HistoryEntry> history) {

  public record Factor(
      @Schema(required = true, example = "revenue12") String name,
      @Schema(required = true, example = "1250000.00") BigDecimal raw,
      @Schema(example = "0.611111") BigDecimal percentile,
      @Schema(required = true, example = "0.35") BigDecimal weight,
      @Schema(example = "0.213889") BigDecimal contribution) {}

  public record HistoryEntry(
      @Schema(required = true, example = "7") long runId,
      @Schema(required = true, example = "2026-11-23") LocalDate asOf,
      @Schema(required = true, example = "1") int policyVersion,
      @Schema(required = true, example = "KEY") Category category,
      @Schema(required = true, example = "POLICY") Source source,
      @Schema(example = "0.823611") BigDecimal score) {}
}
