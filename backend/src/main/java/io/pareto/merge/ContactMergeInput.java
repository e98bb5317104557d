package io.pareto.merge;

import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which contact of the same account goes into the survivor named by the path. */
@Schema(name = "ContactMergeInput")
public record ContactMergeInput(
    @NotNull
        @Schema(required = true, description = "The duplicate: merged into the survivor, then gone")
        Long duplicateId,
    @NotNull
        @Schema(
            required = true,
            description = "The duplicate's version (its ETag) from your last read; stale → 412")
        Long duplicateVersion,
    @Schema(
            description =
                "Fields whose value comes from the duplicate; every other field keeps the survivor's"
                    + " value, and an empty one of the survivor is filled from the duplicate")
        Set<@NotNull ContactField> takeFromDuplicate) {}
