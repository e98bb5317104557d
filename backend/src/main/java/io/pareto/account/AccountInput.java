package io.pareto.account;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Create/replace an account. No id, no category, no version: those are the server's. */
@Schema(name = "AccountInput")
public record AccountInput(
    @Size(max = 100) @Schema(example = "ERP-10042") String externalId,
    @NotBlank @Size(max = 200) @Schema(example = "中国工商银行江苏分行") String name,
    @Size(max = 32) @Schema(example = "FINANCE") String industryCode,
    @Size(max = 100) @Schema(example = "华东") String region,
    @Schema(description = "The account manager; defaults to the caller") Long ownerId,
    KaKind kaKind,
    RelationshipStage relationshipStage,
    ProcurementMode procurementMode,
    PurchasePattern purchasePattern,
    @DecimalMin("0") @Digits(integer = 17, fraction = 2) @Schema(example = "1200000.00")
        BigDecimal estimatedAnnualPotential,
    @Min(0) @Max(5) Integer strategicValue,
    @Size(max = 40)
        @Schema(
            description = "统一社会信用代码 (GB 32100): 18 characters, the last a check character; unique",
            example = "914403001922038216")
        String creditCode) {

  static AccountInput of(Account a) {
    return new AccountInput(
        a.externalId,
        a.name,
        a.industry == null ? null : a.industry.code,
        a.region,
        a.owner == null ? null : a.owner.id,
        a.kaKind,
        a.relationshipStage,
        a.procurementMode,
        a.purchasePattern,
        a.estimatedAnnualPotential,
        a.strategicValue,
        a.creditCode);
  }
}
