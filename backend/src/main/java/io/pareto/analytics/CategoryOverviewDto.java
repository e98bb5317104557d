package io.pareto.analytics;

import io.pareto.account.Category;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Accounts per current category with their 12-month value, and the KEY health checks of
 * docs/method.md §2.
 */
public record CategoryOverviewDto(
    @Schema(required = true, example = "2026-11-23") LocalDate asOf,
    @Schema(required = true) List<CategoryTotals> categories,
    @Schema(required = true) KeyHealth keyHealth) {

  public record CategoryTotals(
      @Schema(required = true, example = "KEY") Category category,
      @Schema(required = true, example = "20") long count,
      @Schema(required = true, example = "65000000.00") BigDecimal revenue12,
      @Schema(required = true, example = "13000000.00") BigDecimal grossProfit12) {}

  public record KeyHealth(
      @Schema(required = true, example = "20") long keyCount,
      @Schema(required = true, description = "KEY accounts without an account manager (owner)")
          Check withoutAccountManager,
      @Schema(
              required = true,
              description = "KEY accounts with no contact reached in the last 90 days")
          Check notContactedIn90Days,
      @Schema(description = "KEY accounts without an ACTIVE account plan") Check withoutAccountPlan,
      @Schema(
              required = true,
              example =
                  "withoutAccountPlan counts KEY accounts with no ACTIVE account plan (docs/method.md §2)")
          String note) {}

  public record Check(
      @Schema(required = true, example = "2") long count,
      @Schema(required = true, description = "Up to 50 of them, by name")
          List<AccountRef> accounts) {}

  public record AccountRef(
      @Schema(required = true, example = "42") long id,
      @Schema(required = true, example = "中国工商银行江苏省分行") String name) {}
}
