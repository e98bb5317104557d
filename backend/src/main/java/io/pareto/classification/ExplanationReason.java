package io.pareto.classification;

import io.pareto.account.Category;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One sentence of an explanation as data: a code the client writes in its own language and the
 * numbers, months and categories that sentence needs. Only the parameters a code uses are present.
 */
@Schema(
    name = "ExplanationReason",
    description =
        "A machine-readable sentence of an explanation: the code says which sentence, params carry"
            + " its values (fractions in [0, 1] for score, threshold and percentiles). Clients"
            + " translate the code; the server sends no prose.")
public record ExplanationReason(
    @Schema(required = true, example = "KEY_SELECTED") Code code,
    @Schema(required = true) Params params) {

  /** Which sentence; the parameters each uses are listed in docs/classification.md. */
  @Schema(
      name = "ExplanationCode",
      description =
          "Why: KEY_SELECTED (score, threshold, rank, cap), OVER_CAP (score, threshold, rank, cap),"
              + " BELOW_THRESHOLD (score, threshold), NO_REVENUE, NO_RECENT_REVENUE"
              + " (lastRevenueMonth, lostSince), OVERRIDDEN (category, overrideReason, expiresOn),"
              + " NOT_CLASSIFIED_YET. What would change it: FIRST_REVENUE, REVENUE_IN_WINDOW,"
              + " RANK_WITHIN_CAP (lowestKeyScore), RAISE_FACTOR (threshold, factor, percentile,"
              + " targetPercentile), FACTOR_ALONE_NOT_ENOUGH (threshold, factor),"
              + " DROPS_IF_FACTOR_FALLS (threshold, factor, percentile, targetPercentile),"
              + " ONLY_CAP_CAN_DEMOTE (factor), OVERRIDE_ENDS (policyCategory), RUN_PENDING.")
  public enum Code {
    KEY_SELECTED,
    OVER_CAP,
    BELOW_THRESHOLD,
    NO_REVENUE,
    NO_RECENT_REVENUE,
    OVERRIDDEN,
    NOT_CLASSIFIED_YET,
    FIRST_REVENUE,
    REVENUE_IN_WINDOW,
    RANK_WITHIN_CAP,
    RAISE_FACTOR,
    FACTOR_ALONE_NOT_ENOUGH,
    DROPS_IF_FACTOR_FALLS,
    ONLY_CAP_CAN_DEMOTE,
    OVERRIDE_ENDS,
    RUN_PENDING
  }

  @Schema(name = "ExplanationParams", description = "Values of the sentence; absent when unused")
  public record Params(
      @Schema(description = "The account's score", example = "0.87") BigDecimal score,
      @Schema(description = "The policy's KEY threshold", example = "0.70") BigDecimal threshold,
      @Schema(description = "Rank among the KEY candidates", example = "1") Integer rank,
      @Schema(description = "Most KEY accounts the policy allows", example = "10") Integer cap,
      @Schema(description = "Score of the lowest-ranked KEY account", example = "0.74")
          BigDecimal lowestKeyScore,
      @Schema(
              description = "The factor the sentence is about (the one of highest weight)",
              enumeration = {"revenue12", "grossProfit12", "growth", "potential", "strategicValue"},
              example = "revenue12")
          String factor,
      @Schema(description = "That factor's percentile now", example = "0.61") BigDecimal percentile,
      @Schema(
              description = "The percentile it would have to reach (rise) or fall below (drop)",
              example = "0.74")
          BigDecimal targetPercentile,
      @Schema(description = "Last month with revenue", example = "2025-03") String lastRevenueMonth,
      @Schema(description = "First month without revenue", example = "2025-04") String lostSince,
      @Schema(description = "The category an override sets") Category category,
      @Schema(description = "The category the policy alone gives") Category policyCategory,
      @Schema(description = "The reason the override's author gave (free text)")
          String overrideReason,
      @Schema(description = "Last day of the override; absent when it has no expiry")
          LocalDate expiresOn) {}

  /** Sets only the parameters a code uses; the rest stay absent on the wire. */
  static final class Builder {
    private final Code code;
    private BigDecimal score, threshold, lowestKeyScore, percentile, targetPercentile;
    private Integer rank, cap;
    private String factor, lastRevenueMonth, lostSince, overrideReason;
    private Category category, policyCategory;
    private LocalDate expiresOn;

    private Builder(Code code) {
      this.code = code;
    }

    Builder score(BigDecimal v) {
      score = v;
      return this;
    }

    Builder threshold(BigDecimal v) {
      threshold = v;
      return this;
    }

    Builder rank(Integer v) {
      rank = v;
      return this;
    }

    Builder cap(Integer v) {
      cap = v;
      return this;
    }

    Builder lowestKeyScore(BigDecimal v) {
      lowestKeyScore = v;
      return this;
    }

    Builder factor(String name, BigDecimal now, BigDecimal target) {
      factor = name;
      percentile = now;
      targetPercentile = target;
      return this;
    }

    Builder months(String lastRevenue, String lost) {
      lastRevenueMonth = lastRevenue;
      lostSince = lost;
      return this;
    }

    Builder override(Category to, String reason, LocalDate until) {
      category = to;
      overrideReason = reason;
      expiresOn = until;
      return this;
    }

    Builder policyCategory(Category v) {
      policyCategory = v;
      return this;
    }

    ExplanationReason build() {
      return new ExplanationReason(
          code,
          new Params(
              score,
              threshold,
              rank,
              cap,
              lowestKeyScore,
              factor,
              percentile,
              targetPercentile,
              lastRevenueMonth,
              lostSince,
              category,
              policyCategory,
              overrideReason,
              expiresOn));
    }
  }

  static Builder with(Code code) {
    return new Builder(code);
  }

  static ExplanationReason of(Code code) {
    return with(code).build();
  }
}
