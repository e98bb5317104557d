package io.pareto.duplicate;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "DuplicateCandidate",
    description = "An account the caller may see that looks like the one asked about")
public record DuplicateCandidateDto(
    @Schema(required = true, example = "42") long id,
    @Schema(required = true, example = "华为技术(深圳)有限公司") String name,
    @Schema(example = "914403001922038216") String creditCode,
    @Schema(example = "7") Long ownerId,
    @Schema(example = "李娜") String ownerName,
    @Schema(
            required = true,
            minimum = "0",
            maximum = "100",
            example = "80",
            description = "Sum of the matched signals' weights, at most 100")
        int score,
    @Schema(required = true, description = "Which signals matched, strongest first")
        List<DuplicateSignal> signals) {}
