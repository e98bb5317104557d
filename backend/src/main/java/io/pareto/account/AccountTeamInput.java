package io.pareto.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountTeamInput")
public record AccountTeamInput(
    @NotBlank
        @Size(max = 40)
        @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "UPPER_SNAKE code")
        @Schema(
            example = "TECHNICAL_SPECIALIST",
            description =
                "The member's part, e.g. TECHNICAL_SPECIALIST, SERVICE, EXECUTIVE_SPONSOR")
        String teamRole) {}
