package io.pareto.classification;

import io.pareto.account.Category;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record OverrideInput(
    @NotNull @Schema(example = "KEY") Category category,
    @NotBlank
        @Size(max = 1000)
        @Schema(example = "Strategic reference customer in the finance industry")
        String reason,
    @Schema(description = "Last day it applies; absent = no expiry", example = "2027-06-30")
        LocalDate expiresOn) {}
