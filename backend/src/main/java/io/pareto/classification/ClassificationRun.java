package io.pareto.classification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A stored (non-dry) run; its per-account results live in classification_result. */
@Entity
@Table(name = "classification_run")
public class ClassificationRun {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "as_of")
  public LocalDate asOf;

  @Column(name = "policy_version")
  public int policyVersion;

  @Column(name = "requested_by")
  public String requestedBy;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "duration_ms")
  public Long durationMs;

  @Column(name = "active_count")
  public Integer activeCount;

  @Column(name = "key_cap")
  public Integer keyCap;

  @Column(name = "changed_count")
  public Integer changedCount;
}
