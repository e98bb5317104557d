package io.pareto.pipeline;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "OpportunityBoard",
    description = "Kanban: one column per stage with server-side totals")
public record BoardDto(@Schema(required = true) List<Column> columns) {

  @Schema(name = "OpportunityBoardColumn")
  public record Column(
      @Schema(required = true) Stage stage,
      @Schema(required = true, description = "Every matching deal in the stage, not just this page")
          long count,
      @Schema(required = true, example = "3250000.00") BigDecimal amount,
      @Schema(required = true, description = "First deals of the column, newest change first")
          List<OpportunityDto> items) {}
}
