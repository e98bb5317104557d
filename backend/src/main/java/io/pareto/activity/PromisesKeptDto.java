package io.pareto.activity;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PromisesKept",
    description = "Per side: kept / (kept + broken) as a percentage; null while nothing is settled")
public record PromisesKeptDto(
    @Schema(required = true) CommitmentSide side,
    @Schema(required = true) long kept,
    @Schema(required = true) long broken,
    @Schema(required = true) long open,
    @Schema(required = true) long overdue,
    @Schema(example = "75.00") BigDecimal keptRate) {

  /** Rate over settled promises only: an open promise is neither kept nor broken yet. */
  public static BigDecimal rate(long kept, long broken) {
    if (kept + broken == 0) return null;
    return BigDecimal.valueOf(kept * 100)
        .divide(BigDecimal.valueOf(kept + broken), 2, java.math.RoundingMode.HALF_UP);
  }
}
