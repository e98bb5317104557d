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

/** A measurable target of a plan; jointAgreed ones form the joint business plan (联合生意计划). */
@Entity
@Table(name = "plan_objective")
public class PlanObjective extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "plan_id", nullable = false)
  public Long planId;

  @Enumerated(EnumType.STRING)
  public ObjectiveMetric metric;

  public String description;

  @Column(name = "target_value")
  public BigDecimal targetValue;

  @Column(name = "manual_actual")
  public BigDecimal manualActual;

  @Column(name = "joint_agreed")
  public boolean jointAgreed;
}
