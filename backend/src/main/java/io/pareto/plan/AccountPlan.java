package io.pareto.plan;

import io.pareto.account.RelationshipStage;
import io.pareto.common.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The account plan (客户计划) owned by the account manager, docs/method.md §8. */
@Entity
@Table(name = "account_plan")
public class AccountPlan extends Timestamped {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "account_id", nullable = false)
  public Long accountId;

  @Column(name = "owner_id")
  public Long ownerId;

  @Column(name = "period_start")
  public LocalDate periodStart;

  @Column(name = "period_end")
  public LocalDate periodEnd;

  @Enumerated(EnumType.STRING)
  public PlanStatus status = PlanStatus.ACTIVE;

  @Enumerated(EnumType.STRING)
  @Column(name = "relationship_stage")
  public RelationshipStage relationshipStage;

  @Column(name = "stage_goal")
  public String stageGoal;

  public String strategy;

  @Convert(converter = StringListJson.class)
  public List<String> strengths = new ArrayList<>();

  @Convert(converter = StringListJson.class)
  public List<String> weaknesses = new ArrayList<>();

  @Convert(converter = StringListJson.class)
  public List<String> opportunities = new ArrayList<>();

  @Convert(converter = StringListJson.class)
  public List<String> threats = new ArrayList<>();
}
