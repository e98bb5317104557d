package io.pareto.merge;

import io.pareto.contact.ContactDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The surviving contact after a merge, the id that went, and what moved. */
@Schema(name = "ContactMerge")
public record ContactMergeDto(
    @Schema(required = true) ContactDto survivor,
    @Schema(required = true, description = "The duplicate's id; it now answers 404 MERGED")
        long mergedId,
    @Schema(required = true) ContactMergeCountsDto moved) {}
