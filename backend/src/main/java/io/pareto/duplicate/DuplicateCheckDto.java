package io.pareto.duplicate;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "DuplicateCheck",
    description =
        "Accounts that look like the given name or credit code. Accounts the caller may not see are"
            + " only counted, so a rep learns that someone else already works the customer.")
public record DuplicateCheckDto(
    @Schema(required = true, description = "Visible candidates, highest score first")
        List<DuplicateCandidateDto> candidates,
    @Schema(
            required = true,
            example = "1",
            description = "How many accounts the caller cannot see match with a likely score")
        int hiddenMatches,
    @Schema(
            required = true,
            description = "True when a candidate or a hidden match scores 70 or more")
        boolean likely) {}
