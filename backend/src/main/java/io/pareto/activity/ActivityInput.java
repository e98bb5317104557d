package io.pareto.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ActivityInput",
    description = "A visit needs at least one CUSTOMER commitment or a noCommitmentReason")
public record ActivityInput(
    @NotNull ActivityKind kind,
    @NotNull @Schema(example = "2026-11-20") LocalDate occurredOn,
    @NotBlank @Size(max = 1000) @Schema(example = "二期方案交流") String purpose,
    @Size(max = 2000) String outcome,
    Long opportunityId,
    List<@NotNull Long> contactIds,
    Preparation preparation,
    List<@Valid @NotNull CommitmentInput> commitments,
    @Size(max = 1000) @Schema(description = "Why a visit ended without a customer commitment")
        String noCommitmentReason) {}
