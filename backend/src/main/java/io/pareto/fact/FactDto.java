package io.pareto.fact;

import io.pareto.common.Months;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountFact", description = "One account's figures for one month")
public record FactDto(
    @Schema(required = true) long id,
    @Schema(required = true) long accountId,
    @Schema(required = true, example = "2026-10", pattern = "^\\d{4}-(0[1-9]|1[0-2])$")
        String month,
    @Schema(required = true, example = "185000.00") BigDecimal revenue,
    @Schema(required = true, example = "46250.00") BigDecimal grossProfit,
    @Schema(required = true, example = "12000.00") BigDecimal costToServe,
    @Schema(required = true, example = "4") int orderCount,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) Instant updatedAt,
    @Schema(required = true) long version) {

  static FactDto of(AccountFact f) {
    return new FactDto(
        f.id,
        f.account.id,
        Months.format(f.month),
        f.revenue,
        f.grossProfit,
        f.costToServe,
        f.orderCount,
        f.createdAt,
        f.updatedAt,
        f.version);
  }
}
