package io.pareto.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CommitmentInput",
    description = "A promise to record; side and kind say who promised what")
public record CommitmentInput(
    @NotNull CommitmentSide side,
    @NotNull CommitmentKind kind,
    @NotBlank @Size(max = 1000) @Schema(example = "年底前确认二期采购量") String description,
    BigDecimal targetValue,
    @Schema(example = "2026-12-15") LocalDate dueOn,
    @Schema(description = "Our assignee for US-side promises; defaults to the caller")
        Long ownerId) {}
