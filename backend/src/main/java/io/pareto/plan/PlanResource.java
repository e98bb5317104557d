package io.pareto.plan;

import io.pareto.activity.CommitmentInput;
import io.pareto.common.ETags;
import io.pareto.common.ProblemException;
import io.pareto.common.Responses;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The account plan and its parts. Every write carries the plan's ETag in If-Match and returns the
 * new plan.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Account plans",
    description = "Account plan, joint business plan and concessions ledger (客户计划)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
public class PlanResource {
  private static final String WRITE =
      "Requires If-Match with the plan's ETag; returns the whole plan with its new ETag.";
  private final PlanService plans;
  private final PlanPartService parts;

  public PlanResource(PlanService plans, PlanPartService parts) {
    this.plans = plans;
    this.parts = parts;
  }

  @GET
  @Path("/accounts/{accountId}/plan")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
  @Operation(
      summary = "Get the account's active plan",
      description =
          "SWOT, objectives with actuals from facts/contacts, actions, joint business plan, give vs get.")
  public RestResponse<PlanDto> getAccountPlan(@PathParam("accountId") long accountId) {
    PlanDto p =
        plans
            .active(accountId)
            .orElseThrow(() -> ProblemException.notFound("Plan of account", accountId));
    return Responses.ok(p, p.version());
  }

  @GET
  @Path("/accounts/{accountId}/plans")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
  @Operation(
      summary = "List the account's plans",
      description = "Newest period first; earlier plans are ARCHIVED.")
  public List<PlanSummaryDto> listAccountPlans(@PathParam("accountId") long accountId) {
    return plans.history(accountId);
  }

  @POST
  @Path("/accounts/{accountId}/plans")
  @APIResponse(
      responseCode = "201",
      description = "Created; the previous active plan is archived",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanDto.class)))
  @Operation(
      summary = "Start a plan for a period",
      description = "The new plan becomes ACTIVE; the previous one is kept as ARCHIVED.")
  public RestResponse<PlanDto> createAccountPlan(
      @PathParam("accountId") long accountId, @NotNull @Valid PlanInput input) {
    PlanDto p = plans.create(accountId, input);
    return Responses.created(location(accountId), p, p.version());
  }

  @PUT
  @Path("/accounts/{accountId}/plan")
  @Operation(summary = "Replace the active plan's header and SWOT", description = WRITE)
  public RestResponse<PlanDto> replaceAccountPlan(
      @PathParam("accountId") long accountId,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid PlanInput input) {
    return ok(plans.replace(accountId, ETags.requireVersion(ifMatch), input));
  }

  @POST
  @Path("/accounts/{accountId}/plan/objectives")
  @APIResponse(
      responseCode = "201",
      description = "Added; body is the plan",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanDto.class)))
  @APIResponse(
      responseCode = "412",
      description = "If-Match names an outdated version: reload and retry",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = io.pareto.common.Problem.class)))
  @APIResponse(
      responseCode = "428",
      description = "If-Match header missing",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = io.pareto.common.Problem.class)))
  @Operation(summary = "Add an objective", description = WRITE)
  public RestResponse<PlanDto> addPlanObjective(
      @PathParam("accountId") long accountId,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid ObjectiveInput input) {
    return created(accountId, parts.addObjective(accountId, ETags.requireVersion(ifMatch), input));
  }

  @PUT
  @Path("/accounts/{accountId}/plan/objectives/{objectiveId}")
  @Operation(summary = "Replace an objective", description = WRITE)
  public RestResponse<PlanDto> replacePlanObjective(
      @PathParam("accountId") long accountId,
      @PathParam("objectiveId") long objectiveId,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid ObjectiveInput input) {
    return ok(parts.replaceObjective(accountId, objectiveId, ETags.requireVersion(ifMatch), input));
  }

  @DELETE
  @Path("/accounts/{accountId}/plan/objectives/{objectiveId}")
  @Operation(summary = "Remove an objective", description = WRITE)
  public RestResponse<PlanDto> deletePlanObjective(
      @PathParam("accountId") long accountId,
      @PathParam("objectiveId") long objectiveId,
      @HeaderParam("If-Match") String ifMatch) {
    return ok(parts.deleteObjective(accountId, objectiveId, ETags.requireVersion(ifMatch)));
  }

  @POST
  @Path("/accounts/{accountId}/plan/actions")
  @APIResponse(
      responseCode = "201",
      description = "Added; body is the plan",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanDto.class)))
  @APIResponse(
      responseCode = "412",
      description = "If-Match names an outdated version: reload and retry",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = io.pareto.common.Problem.class)))
  @APIResponse(
      responseCode = "428",
      description = "If-Match header missing",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = io.pareto.common.Problem.class)))
  @Operation(summary = "Add an action", description = WRITE)
  public RestResponse<PlanDto> addPlanAction(
      @PathParam("accountId") long accountId,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid ActionInput input) {
    return created(accountId, parts.addAction(accountId, ETags.requireVersion(ifMatch), input));
  }

  @PUT
  @Path("/accounts/{accountId}/plan/actions/{actionId}")
  @Operation(summary = "Replace an action", description = WRITE)
  public RestResponse<PlanDto> replacePlanAction(
      @PathParam("accountId") long accountId,
      @PathParam("actionId") long actionId,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid ActionInput input) {
    return ok(parts.replaceAction(accountId, actionId, ETags.requireVersion(ifMatch), input));
  }

  @DELETE
  @Path("/accounts/{accountId}/plan/actions/{actionId}")
  @Operation(summary = "Remove an action", description = WRITE)
  public RestResponse<PlanDto> deletePlanAction(
      @PathParam("accountId") long accountId,
      @PathParam("actionId") long actionId,
      @HeaderParam("If-Match") String ifMatch) {
    return ok(parts.deleteAction(accountId, actionId, ETags.requireVersion(ifMatch)));
  }

  @POST
  @Path("/accounts/{accountId}/plan/commitments")
  @APIResponse(
      responseCode = "201",
      description = "Added; body is the plan",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanDto.class)))
  @APIResponse(
      responseCode = "412",
      description = "If-Match names an outdated version: reload and retry",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = io.pareto.common.Problem.class)))
  @APIResponse(
      responseCode = "428",
      description = "If-Match header missing",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = io.pareto.common.Problem.class)))
  @Operation(
      summary = "Add a joint-business-plan commitment",
      description = "Either side. " + WRITE)
  public RestResponse<PlanDto> addPlanCommitment(
      @PathParam("accountId") long accountId,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid CommitmentInput input) {
    return created(accountId, parts.addCommitment(accountId, ETags.requireVersion(ifMatch), input));
  }

  @POST
  @Path("/accounts/{accountId}/plan/concessions")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; body is the plan",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanDto.class)))
  @APIResponse(
      responseCode = "422",
      description = "No customer commitment and no manager exception",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = io.pareto.common.Problem.class)))
  @APIResponse(
      responseCode = "412",
      description = "If-Match names an outdated version: reload and retry",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = io.pareto.common.Problem.class)))
  @APIResponse(
      responseCode = "428",
      description = "If-Match header missing",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = io.pareto.common.Problem.class)))
  @Operation(
      summary = "Record a concession",
      description =
          "Must reference the CUSTOMER commitment it is traded for; without one, 422 unless a MANAGER "
              + "gives an exceptionReason (audited). "
              + WRITE)
  public RestResponse<PlanDto> addPlanConcession(
      @PathParam("accountId") long accountId,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid ConcessionInput input) {
    return created(accountId, parts.addConcession(accountId, ETags.requireVersion(ifMatch), input));
  }

  private static String location(long accountId) {
    return "/api/v1/accounts/" + accountId + "/plan";
  }

  private static RestResponse<PlanDto> ok(PlanDto p) {
    return Responses.ok(p, p.version());
  }

  private static RestResponse<PlanDto> created(long accountId, PlanDto p) {
    return Responses.created(location(accountId), p, p.version());
  }
}
