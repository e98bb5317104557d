package io.pareto.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookInput")
public record WebhookInput(
    @NotBlank
        @Size(max = 2000)
        @Schema(required = true, example = "https://erp.example.com/hooks/pareto")
        String url,
    @NotEmpty
        @Schema(
            required = true,
            description =
                "account.created, account.updated, account.deleted, account.category_changed,"
                    + " opportunity.stage_changed, classification.run_completed,"
                    + " import.completed, contact.created, contact.updated, contact.deleted",
            example = "[\"account.created\", \"account.updated\"]")
        List<String> eventTypes,
    @Schema(description = "Defaults to true; true again clears disabledReason", example = "true")
        Boolean enabled) {}
