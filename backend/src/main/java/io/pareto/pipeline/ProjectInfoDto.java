package io.pareto.pipeline;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Project information (项目资料, docs/method.md §5) on the wire, in and out. */
@Schema(name = "ProjectInfo", description = "Project information collected per deal (项目资料)")
public record ProjectInfoDto(
    @Size(max = 2000) @Schema(example = "2027 年核心系统升级采购计划") String procurementPlan,
    @Size(max = 2000) @Schema(example = "批处理窗口过长") String problemToSolve,
    @DecimalMin("0") @Digits(integer = 17, fraction = 2) @Schema(example = "1200000.00")
        BigDecimal budget,
    @Schema(description = "The customer has confirmed the budget") Boolean budgetConfirmed,
    @Size(max = 2000) @Schema(example = "公开招标") String procurementProcess,
    @Size(max = 2000) @Schema(example = "2027 年 3 月发标, 5 月定标") String procurementTimeline,
    @Size(max = 500) @Schema(example = "财政拨款") String fundingSource,
    @Schema(example = "2027-05-15") LocalDate decisionDate) {

  static ProjectInfoDto of(ProjectInfo p) {
    return new ProjectInfoDto(
        p.procurementPlan,
        p.problemToSolve,
        p.budget,
        p.budgetConfirmed,
        p.procurementProcess,
        p.procurementTimeline,
        p.fundingSource,
        p.decisionDate);
  }

  void applyTo(ProjectInfo p) {
    p.procurementPlan = procurementPlan;
    p.problemToSolve = problemToSolve;
    p.budget = budget;
    p.budgetConfirmed = Boolean.TRUE.equals(budgetConfirmed);
    p.procurementProcess = procurementProcess;
    p.procurementTimeline = procurementTimeline;
    p.fundingSource = fundingSource;
    p.decisionDate = decisionDate;
  }
}
