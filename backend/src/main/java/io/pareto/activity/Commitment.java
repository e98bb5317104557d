package io.pareto.activity;

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

/** A promise made by one side, from a visit or from the joint business plan. */
@Entity
@Table(name = "commitment")
public class Commitment extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "account_id", nullable = false)
  public Long accountId;

  @Column(name = "plan_id")
  public Long planId;

  @Column(name = "activity_id")
  public Long activityId;

  @Enumerated(EnumType.STRING)
  public CommitmentSide side;

  @Enumerated(EnumType.STRING)
  public CommitmentKind kind;

  public String description;

  @Column(name = "target_value")
  public BigDecimal targetValue;

  @Column(name = "due_on")
  public LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  public CommitmentStatus status = CommitmentStatus.OPEN;

  @Column(name = "owner_id")
  public Long ownerId;
}
