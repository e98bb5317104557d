package io.pareto.duplicate;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "DuplicateCluster",
    description = "Accounts whose names read the same once normalised: merge candidates")
public record DuplicateClusterDto(
    @Schema(required = true, example = "huaweijishu") String reading,
    @Schema(
            required = true,
            description = "NAME when every member has the same normalised name, else READING")
        DuplicateSignal signal,
    @Schema(required = true, description = "The members, oldest first")
        List<DuplicateCandidateDto> accounts) {}
