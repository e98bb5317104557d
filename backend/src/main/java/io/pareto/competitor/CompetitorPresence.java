package io.pareto.competitor;

import io.pareto.common.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A competitor's product installed at an account, and how the customer feels about it (§7). */
@Entity
@Table(name = "competitor_presence")
public class CompetitorPresence extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "account_id", nullable = false)
  public Long accountId;

  @Column(name = "competitor_id", nullable = false)
  public Long competitorId;

  public String product;

  @Column(name = "installed_since")
  public LocalDate installedSince;

  public Short satisfaction;

  @Column(name = "competitor_rep")
  public String competitorRep;

  @Column(name = "rep_relationship")
  public Short repRelationship;

  public String notes;
}
