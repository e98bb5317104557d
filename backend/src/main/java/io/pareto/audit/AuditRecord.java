package io.pareto.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit row on the wire; `changes` maps each field to [before, after]. */
@Schema(name = "AuditRecord")
public record AuditRecord(
    @Schema(required = true) long id,
    @Schema(required = true) Instant occurredAt,
    @Schema(example = "li.na@example.cn") String actor,
    @Schema(required = true, example = "ACCOUNT") String entityType,
    @Schema(required = true, example = "42") String entityId,
    Long accountId,
    @Schema(
            required = true,
            enumeration = {
              "CREATE",
              "UPDATE",
              "DELETE",
              "OWNER_CHANGE",
              "ROLE_CHANGE",
              "EXPORT",
              "SIGN_IN",
              "SIGN_IN_FAILED",
              "THROTTLED",
              "SIGN_OUT",
              "USE_REVOKED"
            })
        String action,
    @Schema(
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
            description = "field → [before, after]",
            example = "{\"region\": [\"华东\", \"华南\"]}")
        JsonNode changes,
    String requestId) {}
