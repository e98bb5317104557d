package io.pareto.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KeyAccountReview", description = "Periodic key-account evaluation (大客户评估)")
public record ReviewDto(
    @Schema(required = true) long id,
    Long cycleId,
    @Schema(required = true) long accountId,
    @Schema(required = true, example = "2026-Q4") String period,
    @Schema(required = true) ReviewStatus status,
    Long reviewerId,
    Short contributionRevenue,
    Short contributionProfit,
    Short contributionBrand,
    String contributionComment,
    Short potential,
    String potentialComment,
    Short satisfaction,
    String satisfactionComment,
    Short loyalty,
    String loyaltyComment,
    Recommendation recommendation,
    Long decidedById,
    String decisionNote,
    @Schema(required = true) long version) {

  static ReviewDto of(KeyAccountReview r) {
    return new ReviewDto(
        r.id,
        r.cycleId,
        r.accountId,
        r.period,
        r.status,
        r.reviewerId,
        r.contributionRevenue,
        r.contributionProfit,
        r.contributionBrand,
        r.contributionComment,
        r.potential,
        r.potentialComment,
        r.satisfaction,
        r.satisfactionComment,
        r.loyalty,
        r.loyaltyComment,
        r.recommendation,
        r.decidedById,
        r.decisionNote,
        r.version);
  }
}
