package io.pareto.pipeline.history;

import io.pareto.pipeline.DealLostReason;
import io.pareto.pipeline.Stage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stage change of a deal; append-only (never updated, deleted only with its deal). */
@Entity
@Table(name = "stage_change")
public class StageChange {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "opportunity_id", nullable = false, updatable = false)
  public long opportunityId;

  /** Null for the creation row. */
  @Enumerated(EnumType.STRING)
  @Column(name = "from_stage", updatable = false)
  public Stage fromStage;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_stage", nullable = false, updatable = false)
  public Stage toStage;

  @Column(name = "changed_at", nullable = false, updatable = false)
  public Instant changedAt;

  @Column(name = "changed_by", updatable = false)
  public String changedBy;

  @Column(updatable = false)
  public String reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "lost_reason", updatable = false)
  public DealLostReason lostReason;

  @Column(updatable = false)
  public boolean imported;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  public Instant recordedAt;
}
