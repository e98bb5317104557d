package io.pareto.competitor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompetitorInput")
public record CompetitorInput(
    @NotBlank @Size(max = 200) @Schema(example = "华为 Huawei") String name,
    @Size(max = 200) String brand,
    @Size(max = 200) String implementer,
    @Size(max = 2000) String strengths,
    @Size(max = 2000) String weaknesses,
    PriceLevel priceLevel,
    @Size(max = 1000) String channels,
    @NotNull CompetitorTier tier) {}
