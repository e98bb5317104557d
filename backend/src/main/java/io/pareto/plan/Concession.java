package io.pareto.plan;

import io.pareto.common.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Something we gave, and the customer commitment it was traded for (or a manager's exception). */
@Entity
@Table(name = "concession")
public class Concession extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "account_id", nullable = false)
  public Long accountId;

  @Column(name = "plan_id")
  public Long planId;

  @Enumerated(EnumType.STRING)
  public ConcessionKind kind;

  public String description;
  public BigDecimal amount = BigDecimal.ZERO;

  @Column(name = "granted_on")
  public LocalDate grantedOn;

  @Column(name = "commitment_id")
  public Long commitmentId;

  @Column(name = "exception_reason")
  public String exceptionReason;

  @Column(name = "approved_by_id")
  public Long approvedById;
}
