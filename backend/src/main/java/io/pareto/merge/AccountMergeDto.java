package io.pareto.merge;

import io.pareto.account.AccountDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The survivor after a merge, the id that went, and what moved. */
@Schema(name = "AccountMerge")
public record AccountMergeDto(
    @Schema(required = true) AccountDto survivor,
    @Schema(required = true, description = "The duplicate's id; it now answers 404 MERGED")
        long mergedId,
    @Schema(required = true) MergeCountsDto moved) {}
