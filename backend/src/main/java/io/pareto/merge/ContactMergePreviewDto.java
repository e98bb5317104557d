package io.pareto.merge;

import io.pareto.contact.ContactDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Both contacts side by side and what would move. */
@Schema(name = "ContactMergePreview")
public record ContactMergePreviewDto(
    @Schema(required = true) ContactDto survivor,
    @Schema(required = true) ContactDto duplicate,
    @Schema(required = true) ContactMergeCountsDto moves) {}
