package io.pareto.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One record found by a search, with what a result list shows of it")
public record SearchHitDto(
    SearchKind kind,
    long id,
    String name,
    @Schema(description = "The account the record belongs to (for an account: itself); absent for users")
    Long accountId,
    String accountName,
    @Schema(description = "A second line: an account's owner, a contact's title, a deal's stage code, a user's e-mail")
    String detail) {}
