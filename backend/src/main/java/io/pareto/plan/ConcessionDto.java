package io.pareto.plan;

import io.pareto.activity.CommitmentDto;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Concession", description = "What we gave and what we got for it")
public record ConcessionDto(
    @Schema(required = true) long id,
    @Schema(required = true) long accountId,
    Long planId,
    @Schema(required = true) ConcessionKind kind,
    @Schema(required = true) String description,
    @Schema(required = true, example = "50000.00") BigDecimal amount,
    @Schema(required = true) LocalDate grantedOn,
    @Schema(description = "The customer commitment it was traded for") CommitmentDto tradedFor,
    @Schema(description = "Set when a MANAGER granted it without a commitment")
        String exceptionReason,
    Long approvedById,
    @Schema(required = true) long version) {

  static ConcessionDto of(Concession c, CommitmentDto tradedFor) {
    return new ConcessionDto(
        c.id,
        c.accountId,
        c.planId,
        c.kind,
        c.description,
        c.amount,
        c.grantedOn,
        tradedFor,
        c.exceptionReason,
        c.approvedById,
        c.version);
  }
}
