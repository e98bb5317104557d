package io.pareto.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "WebhookEndpointCreated",
    description = "The new endpoint and its signing secret, shown only in this answer")
public record WebhookEndpointCreated(
    @Schema(required = true) WebhookEndpointDto endpoint,
    @Schema(
            required = true,
            description = "HMAC-SHA256 key of the Pareto-Signature header; store it now",
            example = "whsec_3q2-7wE8yUu0M1m0bq4Q2YxJ6Zc0dJ0aT8kq9kSdl5o")
        String secret) {}
