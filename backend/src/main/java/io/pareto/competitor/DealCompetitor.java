package io.pareto.competitor;

import io.pareto.common.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A competitor met in an opportunity; tookDeal marks who won a deal we lost. */
@Entity
@Table(name = "deal_competitor")
public class DealCompetitor extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "opportunity_id", nullable = false)
  public Long opportunityId;

  @Column(name = "competitor_id", nullable = false)
  public Long competitorId;

  @Column(name = "took_deal")
  public boolean tookDeal;

  public String notes;
}
