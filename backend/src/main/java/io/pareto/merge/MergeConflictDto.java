package io.pareto.merge;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Records both accounts hold for the same key, which a merge refuses to sum or drop. */
@Schema(name = "MergeConflict")
public record MergeConflictDto(
    @Schema(required = true) Kind kind,
    @Schema(required = true, description = "The clashing months (YYYY-MM) or review periods")
        List<String> keys) {

  public enum Kind {
    FACT_MONTH,
    REVIEW_PERIOD
  }
}
