package io.pareto.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One record found by a search, with what a result list shows of it")
public record SearchHitDto(
    @Schema(required = true) SearchKind kind,
    @Schema(required = true, example = "42") long id,
    @Schema(required = true, example = "华泰证券股份有限公司") String name,
    @Schema(
            description =
                "The account the record belongs to (for an account: itself); absent for users",
            example = "42")
        Long accountId,
    @Schema(example = "华泰证券股份有限公司") String accountName,
    @Schema(
            description =
                "A second line: an account's owner, a contact's title, a deal's stage code, a user's e-mail",
            example = "李娜")
        String detail) {}
