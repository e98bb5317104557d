package io.pareto.webhook;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "WebhookEndpoint",
    description = "A registered webhook receiver (its secret is never shown again)")
public record WebhookEndpointDto(
    @Schema(required = true, example = "3") long id,
    @Schema(required = true, example = "https://erp.example.com/hooks/pareto") String url,
    @Schema(required = true, example = "[\"account.created\", \"opportunity.stage_changed\"]")
        List<String> eventTypes,
    @Schema(required = true) boolean enabled,
    @Schema(
            description =
                "Why the server disabled it: DELIVERY_FAILED when a delivery kept failing for the"
                    + " whole retry window",
            enumeration = {"DELIVERY_FAILED"})
        String disabledReason,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) Instant updatedAt,
    @Schema(required = true) long version) {

  static WebhookEndpointDto of(WebhookEndpoint e) {
    return new WebhookEndpointDto(
        e.id,
        e.url,
        e.eventTypeList(),
        e.enabled,
        e.disabledReason,
        e.createdAt,
        e.updatedAt,
        e.version);
  }
}
