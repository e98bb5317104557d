package io.pareto.pipeline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpportunityInput")
public record OpportunityInput(
    @Size(max = 100) String externalId,
    @NotNull @Schema(example = "42") Long accountId,
    @NotBlank @Size(max = 200) @Schema(example = "核心系统扩容项目") String name,
    @NotNull @DecimalMin("0") @Digits(integer = 17, fraction = 2) @Schema(example = "850000.00")
        BigDecimal amount,
    @Schema(
            description =
                "Initial open stage on create (defaults to LEAD). On update it must equal the current "
                    + "stage: stage changes go through POST /api/v1/opportunities/{id}/transitions")
        Stage stage,
    LocalDate expectedCloseDate,
    @Schema(description = "Defaults to the caller") Long ownerId,
    @Schema(
            description =
                "Override of the stage's default forecast category (owner only); null = default")
        ForecastCategory forecastCategory,
    @Valid ProjectInfoDto project) {

  static OpportunityInput of(Opportunity o) {
    return new OpportunityInput(
        o.externalId,
        o.account.id,
        o.name,
        o.amount,
        o.stage,
        o.expectedCloseDate,
        o.owner == null ? null : o.owner.id,
        o.forecastCategory,
        ProjectInfoDto.of(o.project));
  }
}
