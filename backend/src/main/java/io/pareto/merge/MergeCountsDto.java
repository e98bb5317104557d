package io.pareto.merge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many records of each kind the duplicate account hands to the survivor. */
@Schema(name = "MergeCounts")
public record MergeCountsDto(
    @Schema(required = true) long contacts,
    @Schema(required = true) long opportunities,
    @Schema(required = true) long facts,
    @Schema(required = true) long activities,
    @Schema(required = true) long plans,
    @Schema(required = true) long commitments,
    @Schema(required = true) long concessions,
    @Schema(required = true) long competitors,
    @Schema(required = true) long reviews,
    @Schema(required = true, description = "Account-team members the survivor does not have yet")
        long teamMembers,
    @Schema(required = true, description = "Customer-pool moves (公海), on the timeline")
        long poolMoves,
    @Schema(required = true, description = "Audit-trail entries: the account's history")
        long history) {}
