package io.pareto.competitor;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompetitorPresence", description = "A competitor product installed at an account")
public record PresenceDto(
    @Schema(required = true) long id,
    @Schema(required = true) long accountId,
    @Schema(required = true) long competitorId,
    @Schema(required = true, example = "竞品科技") String competitorName,
    CompetitorTier tier,
    @Schema(required = true, example = "核心业务系统 V5") String product,
    LocalDate installedSince,
    Short satisfaction,
    String competitorRep,
    Short repRelationship,
    String notes,
    @Schema(required = true) long version) {}
