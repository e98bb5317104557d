package io.pareto.activity;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DueList", description = "Open follow-ups and commitments per owner, oldest first")
public record DueListDto(
    @Schema(required = true) LocalDate asOf,
    @Schema(required = true) LocalDate until,
    @Schema(required = true) List<OwnerDue> owners) {

  @Schema(name = "OwnerDue")
  public record OwnerDue(
      Long ownerId,
      String ownerName,
      @Schema(required = true) long overdue,
      @Schema(required = true) List<DueItemDto> items) {}
}
