package io.pareto.pipeline;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Problem fields plus the transitions that are allowed from the deal's current stage. */
@Schema(
    name = "TransitionRefusedProblem",
    description =
        "RFC 9457 problem for a refused stage transition; "
            + "the fields of Problem plus allowedTransitions")
public record TransitionRefusedProblem(
    @Schema(example = "urn:pareto:problem:invalid-transition") String type,
    @Schema(example = "Transition not allowed") String title,
    @Schema(example = "409") int status,
    @Schema(
            required = true,
            example = "INVALID_TRANSITION",
            description = "Stable UPPER_SNAKE code of this error")
        String code,
    @Schema(example = "WON may only move to COLLECTED") String detail,
    @Schema(description = "Request id, also in the X-Request-Id response header") String instance,
    @Schema(
            description = "Stages the deal may move to now, for this caller",
            example = "[\"COLLECTED\"]")
        List<Stage> allowedTransitions) {}
