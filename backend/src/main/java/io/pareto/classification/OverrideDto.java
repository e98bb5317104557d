package io.pareto.classification;

import io.pareto.account.Category;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record OverrideDto(
    @Schema(required = true, example = "42") long accountId,
    @Schema(example = "中国工商银行江苏省分行") String accountName,
    @Schema(required = true, example = "KEY") Category category,
    @Schema(required = true, example = "Strategic reference customer in the finance industry")
        String reason,
    @Schema(description = "Last day it applies; absent = no expiry", example = "2027-06-30")
        LocalDate expiresOn,
    @Schema(
            required = true,
            description = "True once expiresOn is before today; it then no longer wins")
        boolean expired,
    @Schema(example = "manager@pareto.dev") String setBy,
    @Schema(required = true) Instant updatedAt,
    @Schema(required = true, example = "0") long version) {}
