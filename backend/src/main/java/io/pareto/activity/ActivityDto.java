package io.pareto.activity;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Activity",
    description = "A logged visit, call, meeting or e-mail with its commitments")
public record ActivityDto(
    @Schema(required = true) long id,
    @Schema(required = true) long accountId,
    Long ownerId,
    @Schema(required = true) ActivityKind kind,
    @Schema(required = true, example = "2026-11-20") LocalDate occurredOn,
    @Schema(required = true, example = "二期方案交流") String purpose,
    String outcome,
    Long opportunityId,
    @Schema(required = true) List<Long> contactIds,
    @Schema(required = true) Preparation preparation,
    String noCommitmentReason,
    @Schema(required = true) List<CommitmentDto> commitments,
    @Schema(required = true) long version) {

  static ActivityDto of(Activity a, List<CommitmentDto> commitments) {
    return new ActivityDto(
        a.id,
        a.accountId,
        a.ownerId,
        a.kind,
        a.occurredOn,
        a.purpose,
        a.outcome,
        a.opportunityId,
        List.copyOf(a.contactIds),
        new Preparation(
            a.prepBusinessCards,
            a.prepNotebook,
            a.prepContactList,
            a.prepProductMaterial,
            a.prepPriceQuote),
        a.noCommitmentReason,
        commitments,
        a.version);
  }
}
