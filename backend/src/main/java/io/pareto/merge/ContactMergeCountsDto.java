package io.pareto.merge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the duplicate contact hands to the survivor (rows the survivor already has are not counted).
 */
@Schema(name = "ContactMergeCounts")
public record ContactMergeCountsDto(
    @Schema(required = true, description = "Visits and meetings naming the person") long activities,
    @Schema(required = true, description = "Deals whose buying centre names the person")
        long opportunities,
    @Schema(required = true, description = "Our people who hold the relationship")
        long relationshipOwners,
    @Schema(required = true, description = "Links to other contacts of the account") long links,
    @Schema(required = true, description = "Contacts reporting to the person") long reports) {}
