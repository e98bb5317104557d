package io.pareto.competitor;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Competitor", description = "A competitor in the catalogue (竞争对手)")
public record CompetitorDto(
    @Schema(required = true) long id,
    @Schema(required = true, example = "华为 Huawei") String name,
    @Schema(example = "FusionCloud") String brand,
    @Schema(example = "神州数码 Digital China") String implementer,
    @Schema(example = "strong government relationships") String strengths,
    @Schema(example = "slow after-sales service (售后响应慢)") String weaknesses,
    PriceLevel priceLevel,
    @Schema(example = "direct sales + provincial distributors") String channels,
    @Schema(required = true) CompetitorTier tier,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) Instant updatedAt,
    @Schema(required = true) long version) {

  static CompetitorDto of(Competitor c) {
    return new CompetitorDto(
        c.id,
        c.name,
        c.brand,
        c.implementer,
        c.strengths,
        c.weaknesses,
        c.priceLevel,
        c.channels,
        c.tier,
        c.createdAt,
        c.updatedAt,
        c.version);
  }
}
