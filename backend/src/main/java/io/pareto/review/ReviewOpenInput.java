package io.pareto.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewOpenInput", description = "The period to review, e.g. 2026-Q4")
public record ReviewOpenInput(
    @NotBlank @Size(max = 32) @Schema(example = "2026-Q4") String period,
    @Schema(description = "Only for cycles", example = "2026-12-31") LocalDate dueOn) {}
