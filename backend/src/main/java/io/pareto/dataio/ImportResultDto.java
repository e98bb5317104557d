package io.pareto.dataio;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult", description = "What an import did (or, for a dry run, would do)")
public record ImportResultDto(
    @Schema(required = true, example = "accounts") String dataset,
    @Schema(required = true, description = "True when nothing was written") boolean dryRun,
    @Schema(required = true, example = "100000") long rows,
    @Schema(required = true, example = "1200") long created,
    @Schema(required = true, example = "300") long updated,
    @Schema(required = true, example = "98500") long unchanged,
    @Schema(required = true, example = "8450") long elapsedMs,
    @Schema(
            required = true,
            description =
                "An account import's dry run: rows that look like an existing account or an earlier"
                    + " row (at most 1,000); empty otherwise")
        List<ImportDuplicateDto> duplicates) {}
