package io.pareto.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "Accounts, contacts, deals and users matching a query, best matches first within each kind")
public record SearchResultDto(
    @Schema(required = true, example = "huatai") String query,
    @Schema(required = true) List<SearchHitDto> items) {}
