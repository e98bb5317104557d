package io.pareto.competitor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CompetitorFootprint",
    description =
        "Where a competitor is present and how we fare against it, over the accounts you may see")
public record FootprintDto(
    @Schema(required = true) long competitorId,
    @Schema(required = true) String name,
    CompetitorTier tier,
    @Schema(required = true) List<Installed> accounts,
    @Schema(required = true) long deals,
    @Schema(required = true) long open,
    @Schema(required = true) long won,
    @Schema(required = true) long lost,
    @Schema(required = true, description = "Lost deals it took") long lostToIt,
    @Schema(description = "won / (won + lost), percent", example = "60.00") BigDecimal winRatePct) {

  @Schema(name = "CompetitorInstalled")
  public record Installed(
      @Schema(required = true) long accountId,
      @Schema(required = true) String accountName,
      @Schema(required = true) String product,
      LocalDate installedSince,
      Short satisfaction) {}
}
