package io.pareto.duplicate;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Problem fields plus the duplicate candidates that stopped the write. */
@Schema(
    name = "LikelyDuplicateProblem",
    description =
        "RFC 9457 problem for an account that looks like an existing one; the fields of Problem"
            + " plus the candidates and the number of matching accounts the caller cannot see")
public record LikelyDuplicateProblem(
    @Schema(example = "urn:pareto:problem:likely-duplicate") String type,
    @Schema(example = "Likely duplicate") String title,
    @Schema(example = "409") int status,
    @Schema(
            required = true,
            example = "LIKELY_DUPLICATE",
            description = "Stable UPPER_SNAKE code of this error")
        String code,
    @Schema(example = "This looks like 1 account(s) you can see and 0 you cannot") String detail,
    @Schema(description = "Request id, also in the X-Request-Id response header") String instance,
    @Schema(required = true) List<DuplicateCandidateDto> candidates,
    @Schema(required = true, example = "0") int hiddenMatches) {}
