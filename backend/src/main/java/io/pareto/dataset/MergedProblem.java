package io.pareto.dataset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Problem fields plus the id of the record the requested one was merged into. */
@Schema(
    name = "MergedProblem",
    description =
        "RFC 9457 problem for a record merged into another (404); mergedInto is the survivor's id")
public record MergedProblem(
    @Schema(example = "https://pareto.dev/problems/merged") String type,
    @Schema(example = "Merged") String title,
    @Schema(example = "404") int status,
    @Schema(
            required = true,
            example = "MERGED",
            description = "Stable UPPER_SNAKE code of this error")
        String code,
    @Schema(example = "Account 12 was merged into 7") String detail,
    @Schema(description = "Request id, also in the X-Request-Id response header") String instance,
    @Schema(required = true, example = "7") long mergedInto) {}
