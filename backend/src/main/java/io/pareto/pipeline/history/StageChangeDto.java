package io.pareto.pipeline.history;

import io.pareto.pipeline.DealLostReason;
import io.pareto.pipeline.Stage;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StageChange", description = "One stage change of a deal (append-only history)")
public record StageChangeDto(
    @Schema(required = true) long id,
    @Schema(description = "Null for the deal's creation") Stage from,
    @Schema(required = true) Stage to,
    @Schema(required = true, example = "2026-10-12T08:30:00Z") Instant at,
    @Schema(example = "li.na@pareto.demo") String by,
    @Schema(example = "客户预算推迟到下季度") String reason,
    DealLostReason lostReason,
    @Schema(required = true, description = "Supplied by an import with a historic timestamp")
        boolean imported) {

  static StageChangeDto of(StageChange c) {
    return new StageChangeDto(
        c.id, c.fromStage, c.toStage, c.changedAt, c.changedBy, c.reason, c.lostReason, c.imported);
  }
}
