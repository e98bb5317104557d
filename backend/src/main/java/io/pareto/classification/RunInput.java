package io.pareto.classification;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request a classification run. */
public record RunInput(
    @Schema(description = "As-of date D; default today", example = "2026-11-23") LocalDate asOf,
    @Schema(description = "Policy version; default the active one", example = "1")
        Integer policyVersion,
    @Schema(description = "Compute and report without storing anything", example = "true")
        boolean dryRun) {}
