package io.pareto.review;

import io.pareto.common.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The periodic evaluation of one key account (docs/method.md §11). */
@Entity
@Table(name = "key_account_review")
public class KeyAccountReview extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "cycle_id")
  public Long cycleId;

  @Column(name = "account_id", nullable = false)
  public Long accountId;

  public String period;

  @Enumerated(EnumType.STRING)
  public ReviewStatus status = ReviewStatus.PENDING;

  @Column(name = "reviewer_id")
  public Long reviewerId;

  @Column(name = "contribution_revenue")
  public Short contributionRevenue;

  @Column(name = "contribution_profit")
  public Short contributionProfit;

  @Column(name = "contribution_brand")
  public Short contributionBrand;

  @Column(name = "contribution_comment")
  public String contributionComment;

  public Short potential;

  @Column(name = "potential_comment")
  public String potentialComment;

  public Short satisfaction;

  @Column(name = "satisfaction_comment")
  public String satisfactionComment;

  public Short loyalty;

  @Column(name = "loyalty_comment")
  public String loyaltyComment;

  @Enumerated(EnumType.STRING)
  public Recommendation recommendation;

  @Column(name = "decided_by_id")
  public Long decidedById;

  @Column(name = "decision_note")
  public String decisionNote;
}
