package io.pareto.classification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One version of the KEY selection criteria (docs/method.md §2: defined, objective, adjustable).
 */
@Entity
@Table(name = "classification_policy")
public class ClassificationPolicy {
  public enum Status {
    DRAFT,
    ACTIVE,
    RETIRED
  }

  @Id public Integer version;
  public String description;

  @Column(name = "weight_revenue")
  public BigDecimal weightRevenue;

  @Column(name = "weight_gross_profit")
  public BigDecimal weightGrossProfit;

  @Column(name = "weight_growth")
  public BigDecimal weightGrowth;

  @Column(name = "weight_potential")
  public BigDecimal weightPotential;

  @Column(name = "weight_strategic")
  public BigDecimal weightStrategic;

  @Column(name = "key_threshold")
  public BigDecimal keyThreshold;

  @Column(name = "key_cap_share")
  public BigDecimal keyCapShare;

  @Column(name = "window_months")
  public int windowMonths;

  @Enumerated(EnumType.STRING)
  public Status status;

  /** Set by the first real run; from then on the version never changes. */
  public boolean used;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "activated_at")
  public Instant activatedAt;
}
