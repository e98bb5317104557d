package io.pareto.competitor;

import io.pareto.pipeline.Stage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "DealCompetitor",
    description = "A competitor in a deal and the deal's outcome against it")
public record DealCompetitorDto(
    @Schema(required = true) long id,
    @Schema(required = true) long opportunityId,
    @Schema(required = true) long competitorId,
    @Schema(required = true) String competitorName,
    @Schema(required = true) Stage stage,
    @Schema(
            required = true,
            enumeration = {"OPEN", "WON", "LOST"})
        String outcome,
    @Schema(required = true) boolean tookDeal,
    String notes,
    @Schema(required = true) long version) {

  /** The outcome against a competitor follows the deal: won/collected, lost, or still open. */
  public static String outcome(Stage stage) {
    return stage == Stage.LOST ? "LOST" : stage.isOpen() ? "OPEN" : "WON";
  }
}
