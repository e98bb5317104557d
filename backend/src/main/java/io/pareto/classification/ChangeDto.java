package io.pareto.classification;

import io.pareto.account.Category;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account whose category a run changes. */
public record ChangeDto(
    @Schema(required = true, example = "42") long accountId,
    @Schema(required = true, example = "中国工商银行江苏省分行") String accountName,
    @Schema(required = true, example = "NORMAL") Category from,
    @Schema(required = true, example = "KEY") Category to,
    @Schema(required = true) Source source,
    @Schema(description = "Score in [0, 1]; absent for inactive accounts", example = "0.823611")
        BigDecimal score) {}
