package io.pareto.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ConcessionInput",
    description =
        "A concession must name the customer commitment it is traded for; "
            + "without one only a MANAGER may grant it, with an exceptionReason")
public record ConcessionInput(
    @NotNull ConcessionKind kind,
    @NotBlank @Size(max = 1000) @Schema(example = "二期项目 5% 折扣") String description,
    @NotNull @PositiveOrZero @Schema(example = "50000.00") BigDecimal amount,
    @Schema(description = "Defaults to today") LocalDate grantedOn,
    @Schema(
            description =
                "A CUSTOMER commitment (VOLUME, TARGET, REFERENCE, EXCLUSIVITY) of this account")
        Long commitmentId,
    @Size(max = 1000) @Schema(description = "A MANAGER's reason for granting without a commitment")
        String exceptionReason) {}
