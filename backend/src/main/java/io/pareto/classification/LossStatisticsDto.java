package io.pareto.classification;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Lost accounts by reason and win-back status, over the accounts the caller may see. */
public record LossStatisticsDto(
    @Schema(required = true, description = "LOST accounts in scope", example = "12") long lostCount,
    @Schema(
            required = true,
            description = "LOST accounts nobody has given a reason for yet",
            example = "3")
        long withoutReason,
    @Schema(required = true) List<ByReason> byReason) {

  public record ByReason(
      @Schema(required = true, example = "COMPETITOR") AccountLostReason reason,
      @Schema(required = true, example = "5") long count,
      @Schema(required = true, example = "2") long notStarted,
      @Schema(required = true, example = "2") long inProgress,
      @Schema(required = true, example = "1") long wonBack,
      @Schema(required = true, example = "0") long abandoned) {}
}
