package io.pareto.merge;

import io.pareto.account.AccountDto;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Both accounts side by side, what would move, and what would stop the merge. */
@Schema(name = "AccountMergePreview")
public record AccountMergePreviewDto(
    @Schema(required = true) AccountDto survivor,
    @Schema(required = true) AccountDto duplicate,
    @Schema(required = true) MergeCountsDto moves,
    @Schema(
            required = true,
            description =
                "Why the merge would be refused (409): facts of the same month or reviews of the"
                    + " same period on both accounts; empty when it may go ahead")
        List<MergeConflictDto> conflicts) {}
