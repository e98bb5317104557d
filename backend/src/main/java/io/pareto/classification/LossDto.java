package io.pareto.classification;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record LossDto(
    @Schema(required = true, example = "42") long accountId,
    @Schema(required = true, example = "COMPETITOR") AccountLostReason reason,
    @Schema(example = "竞争对手报价低 15%") String reasonText,
    @Schema(example = "Acme Systems") String competitor,
    @Schema(required = true, example = "IN_PROGRESS") WinBackStatus winBackStatus,
    @Schema(required = true) Instant updatedAt,
    @Schema(required = true, example = "0") long version) {

  static LossDto of(AccountLoss l) {
    return new LossDto(
        l.accountId, l.reason, l.reasonText, l.competitor, l.winBackStatus, l.updatedAt, l.version);
  }
}
