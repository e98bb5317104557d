package io.pareto.account;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Account",
    description = "A customer organisation. `category` is read-only: classification sets it.")
public record AccountDto(
    @Schema(required = true, example = "42") long id,
    @Schema(example = "ERP-10042") String externalId,
    @Schema(required = true, example = "中国工商银行江苏分行") String name,
    @Schema(example = "FINANCE") String industryCode,
    @Schema(example = "华东") String region,
    @Schema(example = "7") Long ownerId,
    @Schema(example = "李娜") String ownerName,
    KaKind kaKind,
    RelationshipStage relationshipStage,
    ProcurementMode procurementMode,
    PurchasePattern purchasePattern,
    @Schema(example = "1200000.00") BigDecimal estimatedAnnualPotential,
    @Schema(minimum = "0", maximum = "5", example = "4") Integer strategicValue,
    @Schema(required = true, readOnly = true) Category category,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) Instant updatedAt,
    @Schema(required = true) long version,
    @Schema(description = "统一社会信用代码", example = "914403001922038216") String creditCode) {

  /** Needs {@code owner} loaded (fetch-joined) to avoid one extra query per row. */
  public static AccountDto of(Account a) {
    return new AccountDto(
        a.id,
        a.externalId,
        a.name,
        a.industry == null ? null : a.industry.code,
        a.region,
        a.owner == null ? null : a.owner.id,
        a.owner == null ? null : a.owner.name,
        a.kaKind,
        a.relationshipStage,
        a.procurementMode,
        a.purchasePattern,
        a.estimatedAnnualPotential,
        a.strategicValue,
        a.category,
        a.createdAt,
        a.updatedAt,
        a.version,
        a.creditCode);
  }
}
