package io.pareto.plan;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanSummary", description = "One plan of an account's history")
public record PlanSummaryDto(
    @Schema(required = true) long id,
    @Schema(required = true) LocalDate periodStart,
    @Schema(required = true) LocalDate periodEnd,
    @Schema(required = true) PlanStatus status,
    Long ownerId,
    @Schema(required = true) long version) {

  static PlanSummaryDto of(AccountPlan p) {
    return new PlanSummaryDto(p.id, p.periodStart, p.periodEnd, p.status, p.ownerId, p.version);
  }
}
