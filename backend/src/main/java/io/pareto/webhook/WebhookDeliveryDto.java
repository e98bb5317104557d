package io.pareto.webhook;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One event sent (or to be sent) to one endpoint")
public record WebhookDeliveryDto(
    @Schema(required = true, description = "Also the Pareto-Delivery header", example = "981")
        long id,
    @Schema(required = true, example = "account.updated") String eventType,
    @Schema(required = true, example = "ACCOUNT:42") String recordKey,
    @Schema(
            required = true,
            enumeration = {"PENDING", "DELIVERED", "FAILED"})
        String status,
    @Schema(required = true, example = "1") int attempts,
    @Schema(required = true) Instant createdAt,
    Instant lastAttemptAt,
    @Schema(example = "200") Integer lastStatusCode,
    @Schema(example = "HTTP 503") String lastError,
    @Schema(description = "When it is tried next; only while PENDING") Instant nextAttemptAt,
    Instant deliveredAt) {}
