package io.pareto.plan;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanAction")
public record ActionDto(
    @Schema(required = true) long id,
    @Schema(required = true) String what,
    Long ownerId,
    LocalDate dueOn,
    @Schema(required = true) ActionStatus status,
    @Schema(required = true) boolean overdue,
    @Schema(required = true) long version) {

  static ActionDto of(PlanAction a, java.time.LocalDate today) {
    boolean open = a.status == ActionStatus.OPEN || a.status == ActionStatus.IN_PROGRESS;
    return new ActionDto(
        a.id,
        a.what,
        a.ownerId,
        a.dueOn,
        a.status,
        open && a.dueOn != null && a.dueOn.isBefore(today),
        a.version);
  }
}
