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
import java.time.LocalDate;

/** A measure of the plan: what, who, by when (docs/method.md §8 strategy and measures). */
@Entity
@Table(name = "plan_action")
public class PlanAction extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "plan_id", nullable = false)
  public Long planId;

  public String what;

  @Column(name = "owner_id")
  public Long ownerId;

  @Column(name = "due_on")
  public LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  public ActionStatus status = ActionStatus.OPEN;
}
