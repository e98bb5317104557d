package io.pareto.activity;

import io.pareto.common.ETags;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.ProblemException;
import io.pareto.common.Responses;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Activities",
    description = "Visits, calls, meetings, e-mails and two-sided commitments (客户拜访)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class ActivityResource {
  private final ActivityService activities;
  private final CommitmentService commitments;

  public ActivityResource(ActivityService activities, CommitmentService commitments) {
    this.activities = activities;
    this.commitments = commitments;
  }

  @POST
  @Path("/accounts/{accountId}/activities")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @APIResponse(
      responseCode = "201",
      description = "Logged; Location names the activity",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ActivityDto.class)))
  @APIResponse(
      responseCode = "422",
      description = "A visit without a customer commitment or a noCommitmentReason",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = io.pareto.common.Problem.class)))
  @Operation(
      summary = "Log an activity",
      description =
          "A VISIT without a CUSTOMER commitment needs a "
              + "noCommitmentReason (else 422). The named contacts' lastContactedOn moves to occurredOn.")
  public RestResponse<ActivityDto> logActivity(
      @PathParam("accountId") long accountId, @NotNull @Valid ActivityInput input) {
    ActivityDto a = activities.log(accountId, input);
    return Responses.created("/api/v1/activities/" + a.id(), a, a.version());
  }

  @GET
  @Path("/accounts/{accountId}/activities")
  @Operation(
      summary = "List an account's activities",
      description =
          "Newest first, with their commitments; opportunityId keeps those about one deal.")
  public Page<ActivityDto> listAccountActivities(
      @PathParam("accountId") long accountId,
      @QueryParam("opportunityId") Long opportunityId,
      @Valid @BeanParam PageRequest page) {
    return activities.forAccount(accountId, opportunityId, page.page, page.size);
  }

  @GET
  @Path("/activities/{id}")
  @Operation(summary = "Get an activity")
  public RestResponse<ActivityDto> getActivity(@PathParam("id") long id) {
    ActivityDto a = activities.get(id).orElseThrow(() -> ProblemException.notFound("Activity", id));
    return Responses.ok(a, a.version());
  }

  @GET
  @Path("/activities/due")
  @Operation(
      summary = "Follow-ups and commitments due, per owner",
      description =
          "Open commitments (both sides) and open plan actions due by asOf + withinDays, grouped per "
              + "owner; overdue items are flagged. Scoped to the accounts you may see.")
  public DueListDto listDue(
      @QueryParam("ownerId") Long ownerId,
      @QueryParam("asOf") LocalDate asOf,
      @QueryParam("withinDays") @DefaultValue("0") @Min(0) @Max(365) int withinDays) {
    return commitments.due(ownerId, asOf == null ? LocalDate.now() : asOf, withinDays);
  }

  @GET
  @Path("/activities/cadence-findings")
  @Operation(
      summary = "Accounts not visited within their cadence",
      description =
          "Per category rule (pareto.cadence.visit-days.KEY, default 30): accounts whose last visit is "
              + "older than the rule, or never visited. Oldest first.")
  public List<CadenceFindingDto> listCadenceFindings(@QueryParam("asOf") LocalDate asOf) {
    return activities.cadenceFindings(asOf == null ? LocalDate.now() : asOf);
  }

  @GET
  @Path("/accounts/{accountId}/commitments")
  @Operation(
      summary = "List an account's commitments",
      description = "Both sides, from visits and the joint plan.")
  public List<CommitmentDto> listAccountCommitments(
      @PathParam("accountId") long accountId,
      @QueryParam("side") CommitmentSide side,
      @QueryParam("status") CommitmentStatus status) {
    return commitments.forAccount(accountId, side, status);
  }

  @GET
  @Path("/accounts/{accountId}/promises-kept")
  @Operation(
      summary = "Promises-kept rate per side",
      description =
          "kept / (kept + broken) for CUSTOMER and US; open and overdue counts as of asOf.")
  public List<PromisesKeptDto> getPromisesKept(
      @PathParam("accountId") long accountId, @QueryParam("asOf") LocalDate asOf) {
    return commitments.promisesKept(accountId, asOf == null ? LocalDate.now() : asOf);
  }

  @PUT
  @Path("/commitments/{id}/status")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @Operation(summary = "Mark a commitment kept, broken or open", description = "Requires If-Match.")
  public RestResponse<CommitmentDto> setCommitmentStatus(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid CommitmentStatusInput input) {
    CommitmentDto c = commitments.setStatus(id, ETags.requireVersion(ifMatch), input.status());
    return Responses.ok(c, c.version());
  }
}
