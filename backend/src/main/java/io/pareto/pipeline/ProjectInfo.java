package io.pareto.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Project information collected per deal (项目资料, docs/method.md §5). */
@Embeddable
public class ProjectInfo {
  @Column(name = "procurement_plan")
  public String procurementPlan;

  @Column(name = "problem_to_solve")
  public String problemToSolve;

  @Column(name = "budget")
  public BigDecimal budget;

  @Column(name = "budget_confirmed")
  public boolean budgetConfirmed;

  @Column(name = "procurement_process")
  public String procurementProcess;

  @Column(name = "procurement_timeline")
  public String procurementTimeline;

  @Column(name = "funding_source")
  public String fundingSource;

  @Column(name = "decision_date")
  public LocalDate decisionDate;
}
