package io.pareto.review;

import io.pareto.account.Category;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One review of a cycle with the account's figures the reviewer scores against. */
@Schema(name = "ReviewWorksheetRow")
public record ReviewWorksheetRowDto(
    @Schema(required = true) ReviewDto review,
    @Schema(required = true, example = "华东电网") String accountName,
    @Schema(required = true) Category category,
    Long ownerId,
    @Schema(example = "李娜") String ownerName,
    @Schema(required = true, description = "Revenue of the last 12 months") BigDecimal revenue12,
    @Schema(required = true, description = "Gross profit of the last 12 months")
        BigDecimal grossProfit12,
    @Schema(required = true) long openDeals,
    @Schema(required = true) BigDecimal openPipeline,
    @Schema(required = true, description = "Amount won in the last 12 months") BigDecimal won12,
    @Schema(description = "The account's relationship stage, if recorded")
        String relationshipStage) {}
