package io.pareto.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to one record. Rows are only ever inserted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "occurred_at")
  public Instant occurredAt;

  public String actor;

  @Column(name = "entity_type")
  public String entityType;

  @Column(name = "entity_id")
  public String entityId;

  /** The account the record belongs to, so scoping applies to its history too. */
  @Column(name = "account_id")
  public Long accountId;

  public String action;

  /** JSON object: field → [before, after]. */
  public String changes;

  @Column(name = "request_id")
  public String requestId;
}
