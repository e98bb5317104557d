package io.pareto.timeline;

import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class TimelineResource {
  private final TimelineService timeline;

  public TimelineResource(TimelineService timeline) {
    this.timeline = timeline;
  }

  @GET
  @Path("/accounts/{accountId}/timeline")
  @Operation(
      summary = "An account's activity timeline",
      description =
          "Activities, deal stage changes, category changes by classification runs and account-plan "
              + "changes, newest first, paged.")
  public Page<TimelineEntryDto> listAccountTimeline(
      @PathParam("accountId") long accountId, @Valid @BeanParam PageRequest page) {
    return timeline.forAccount(accountId, page.page, page.size);
  }
}
