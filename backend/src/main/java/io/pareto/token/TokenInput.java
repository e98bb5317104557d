package io.pareto.token;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiTokenInput")
public record TokenInput(
    @NotBlank @Size(max = 120) @Schema(example = "Power BI 月报") String name,
    @NotNull TokenScope scope,
    @Future
        @Schema(
            description = "Defaults to 90 days from now; at most 2 years ahead",
            example = "2027-06-30T00:00:00Z")
        Instant expiresAt) {}
