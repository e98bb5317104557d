package io.pareto.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Opportunity", description = "A deal (商机) with an account")
public record OpportunityDto(
    @Schema(required = true) long id,
    String externalId,
    @Schema(required = true) long accountId,
    @Schema(example = "中国工商银行江苏分行") String accountName,
    @Schema(required = true, example = "核心系统扩容项目") String name,
    @Schema(required = true, example = "850000.00") BigDecimal amount,
    @Schema(
            required = true,
            description = "Changed only through POST /api/v1/opportunities/{id}/transitions")
        Stage stage,
    @Schema(description = "When the deal entered its current stage") Instant stageChangedAt,
    @Schema(example = "2026-12-15") LocalDate expectedCloseDate,
    Long ownerId,
    @Schema(example = "李娜") String ownerName,
    @Schema(required = true, description = "The owner's override, else the stage's default")
        ForecastCategory forecastCategory,
    @Schema(
            required = true,
            description = "True when the owner overrode the stage's default category")
        boolean forecastCategoryOverridden,
    @Schema(description = "Set while LOST") DealLostReason lostReason,
    String lostReasonText,
    @Schema(description = "Competitor that won the deal (lost reason COMPETITOR)")
        Long competitorId,
    @Schema(description = "The stage the deal was lost at") Stage lostAtStage,
    @Schema(required = true) ProjectInfoDto project,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) Instant updatedAt,
    @Schema(
            required = true,
            description =
                "The stages this caller may move the deal to now (POST .../transitions); "
                    + "empty when the deal is final or only a manager may reopen it")
        List<Stage> allowedTransitions,
    @Schema(required = true) long version) {

  /**
   * Needs account and owner fetched along; {@code canReopen} is the caller's right to reopen a LOST
   * deal.
   */
  public static OpportunityDto of(Opportunity o, boolean canReopen) {
    return new OpportunityDto(
        o.id,
        o.externalId,
        o.account.id,
        o.account.name,
        o.name,
        o.amount,
        o.stage,
        o.stageChangedAt,
        o.expectedCloseDate,
        o.owner == null ? null : o.owner.id,
        o.owner == null ? null : o.owner.name,
        o.effectiveForecastCategory(),
        o.forecastCategory != null,
        o.lostReason,
        o.lostReasonText,
        o.competitorId,
        o.lostAtStage,
        ProjectInfoDto.of(o.project),
        o.createdAt,
        o.updatedAt,
        StageRules.allowed(o.stage, canReopen),
        o.version);
  }
}
