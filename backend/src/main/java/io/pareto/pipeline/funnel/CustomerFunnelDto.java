package io.pareto.pipeline.funnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CustomerFunnel",
    description =
        "The A/B/C customer funnel of docs/method.md §4 at asOf, and the flows since from")
public record CustomerFunnelDto(
    @Schema(required = true) LocalDate from,
    @Schema(required = true) LocalDate asOf,
    @Schema(required = true) List<Level> levels,
    @Schema(required = true) List<Flow> flows) {

  @Schema(
      name = "CustomerLevel",
      description =
          "A producing (revenue in the last 12 months), B incubating (not A, an open "
              + "deal), C potential (neither)")
  public record Level(
      @Schema(required = true, example = "A") String level,
      @Schema(required = true) long accounts,
      @Schema(
              required = true,
              description = "Revenue of the last 12 months",
              example = "5400000.00")
          BigDecimal revenue,
      @Schema(required = true, description = "Amount of the open deals", example = "1200000.00")
          BigDecimal openAmount) {}

  @Schema(
      name = "CustomerFlow",
      description = "Accounts that were at level `from` on the from date and at `to` on asOf")
  public record Flow(
      @Schema(required = true, example = "C") String from,
      @Schema(required = true, example = "B") String to,
      @Schema(required = true) long accounts) {}
}
