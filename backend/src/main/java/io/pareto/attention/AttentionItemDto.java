package io.pareto.attention;

import io.pareto.pipeline.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "AttentionItem",
    description = "One thing that needs a look, with whom it belongs to and where to open it")
public record AttentionItemDto(
    @Schema(required = true) AttentionKind kind,
    @Schema(required = true) long accountId,
    @Schema(required = true, example = "华东电网") String accountName,
    Long ownerId,
    @Schema(example = "李娜") String ownerName,
    @Schema(description = "The deal, for STUCK_DEAL") Long dealId,
    String dealName,
    @Schema(description = "The deal's stage, for STUCK_DEAL") Stage stage,
    @Schema(description = "The deal's amount, for STUCK_DEAL") BigDecimal amount,
    @Schema(description = "Decision-map score (WEAK_MAP)") Integer score,
    @Schema(description = "How many: overdue commitments, stale key persons") Integer count,
    @Schema(
            description =
                "Days in stage (STUCK_DEAL) or since the last visit (NOT_VISITED; null: never visited)")
        Double days,
    @Schema(description = "The cadence or stuck threshold in days") Double thresholdDays,
    @Schema(description = "Last visit (NOT_VISITED) or earliest due date (OVERDUE_COMMITMENTS)")
        LocalDate date,
    @Schema(
            required = true,
            description = "Path of the screen to open in the web app",
            example = "/accounts/12")
        String link) {}
