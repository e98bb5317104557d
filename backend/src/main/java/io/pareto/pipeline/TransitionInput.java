package io.pareto.pipeline;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TransitionInput", description = "Move a deal to another stage ")
public record TransitionInput(
    @NotNull @Schema(required = true, example = "PROPOSAL") Stage to,
    @Size(max = 1000)
        @Schema(
            description = "Required when moving back to an earlier stage",
            example = "客户需求变更, 重新确认")
        String reason,
    @Schema(description = "Required when moving to LOST") DealLostReason lostReason,
    @Size(max = 1000) @Schema(description = "Required with lostReason OTHER", example = "项目取消")
        String lostReasonText,
    @Schema(description = "Required with lostReason COMPETITOR") Long competitorId,
    @Schema(
            description =
                "When it happened, if not now (never in the future, never before the last change)")
        Instant at) {}
