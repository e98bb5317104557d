package io.pareto.dataio;

import io.pareto.duplicate.DuplicateSignal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ImportDuplicate",
    description =
        "A row of an account import's dry run that looks like an existing account (accountId; both"
            + " account fields empty when the caller cannot see it) or like an earlier row (sameAsRow)")
public record ImportDuplicateDto(
    @Schema(required = true, example = "17") long rowNumber,
    @Schema(required = true, example = "华为技术(深圳)有限公司") String name,
    @Schema(example = "42") Long accountId,
    @Schema(example = "华为技术有限公司") String accountName,
    @Schema(example = "3", description = "An earlier data row of the same file") Long sameAsRow,
    @Schema(required = true) List<DuplicateSignal> signals) {}
