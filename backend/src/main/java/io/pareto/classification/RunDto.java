package io.pareto.classification;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored run in the run list. */
public record RunDto(
    @Schema(required = true, example = "7") long id,
    @Schema(required = true, example = "2026-11-23") LocalDate asOf,
    @Schema(required = true, example = "1") int policyVersion,
    @Schema(example = "admin@pareto.dev") String requestedBy,
    @Schema(required = true) Instant startedAt,
    @Schema(example = "850") Long durationMs,
    @Schema(example = "100") Integer activeCount,
    @Schema(example = "20") Integer keyCap,
    @Schema(example = "12") Integer changedCount) {

  static RunDto of(ClassificationRun r) {
    return new RunDto(
        r.id,
        r.asOf,
        r.policyVersion,
        r.requestedBy,
        r.startedAt,
        r.durationMs,
        r.activeCount,
        r.keyCap,
        r.changedCount);
  }
}
