package io.pareto.team;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A manager's view of their team for one period: one row per rep and the team's totals. */
@Schema(name = "TeamView")
public record TeamViewDto(
    @Schema(required = true, example = "2026-Q4") String period,
    @Schema(required = true) LocalDate start,
    @Schema(required = true, description = "Exclusive") LocalDate end,
    @Schema(description = "The team shown; null for everyone") Long teamId,
    @Schema(
            required = true,
            description = "What counts towards the target: deals WON or COLLECTED in the period")
        AttainmentBasis basis,
    @Schema(
            required = true,
            description =
                "A KEY account whose map scores below this (or has a high gap) counts as weak")
        int weakMapScore,
    @Schema(required = true) List<RepRow> reps,
    @Schema(
            required = true,
            description = "Sums over the reps; attainment = Σ achieved ÷ Σ targets")
        Figures total) {

  @Schema(name = "TeamViewRep")
  public record RepRow(
      @Schema(required = true) long userId,
      @Schema(required = true, example = "李娜") String name,
      Long teamId,
      String teamName,
      @Schema(required = true) Figures figures) {}

  @Schema(name = "TeamViewFigures")
  public record Figures(
      @Schema(required = true, description = "Accounts owned, by category") long keyAccounts,
      @Schema(required = true) long normalAccounts,
      @Schema(required = true) long targetAccounts,
      @Schema(required = true) long lostAccounts,
      @Schema(required = true, description = "KEY accounts without an ACTIVE plan")
          long keyWithoutPlan,
      @Schema(required = true, description = "KEY accounts whose decision map is weak")
          long keyWeakMap,
      @Schema(required = true, description = "Open deals owned") long openDeals,
      @Schema(required = true) BigDecimal openPipeline,
      @Schema(
              required = true,
              description = "Σ round(amount × stage probability, cents) of the open deals")
          BigDecimal weightedPipeline,
      @Schema(
              required = true,
              description = "Amount of the deals reaching the basis stage in the period")
          BigDecimal achieved,
      @Schema(description = "Target of the period; null when none is set") BigDecimal target,
      @Schema(
              description =
                  "achieved ÷ target in percent (2 decimals); null without a positive target")
          BigDecimal attainment,
      @Schema(required = true, description = "Visits logged in the last 30 days") long visits30d,
      @Schema(required = true, description = "Our open commitments past their due date")
          long overdueOurs,
      @Schema(required = true, description = "The customer's open commitments past their due date")
          long overdueTheirs,
      @Schema(
              required = true,
              description = "Open deals staying in their stage longer than twice the usual")
          long stuckDeals) {}
}
