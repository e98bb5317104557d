package io.pareto.pipeline;

import io.pareto.common.ETags;
import io.pareto.common.Problem;
import io.pareto.common.Responses;
import io.pareto.pipeline.history.StageChangeDto;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class StageTransitionResource {
  private final StageTransitions transitions;

  public StageTransitionResource(StageTransitions transitions) {
    this.transitions = transitions;
  }

  @POST
  @Path("/opportunities/{id}/transitions")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @Operation(
      summary = "Move a deal to another stage",
      description =
          "Requires If-Match. Forward to any later open stage, WON or LOST; back to an earlier open stage only "
              + "with a reason; WON → COLLECTED only; LOST needs lostReason (OTHER + lostReasonText, COMPETITOR + "
              + "competitorId) and records the stage lost at; reopening a LOST deal is for MANAGER/ADMIN. "
              + "A refused transition is a 409 listing allowedTransitions.")
  @APIResponse(
      responseCode = "200",
      description = "Moved; the deal with its new stage",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OpportunityDto.class)))
  @APIResponse(
      responseCode = "409",
      description = "Transition not allowed from the current stage",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = TransitionRefusedProblem.class)))
  @APIResponse(
      responseCode = "412",
      description = "If-Match names an outdated version: reload and retry",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "428",
      description = "If-Match header missing",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = Problem.class)))
  public RestResponse<OpportunityDto> transitionOpportunity(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid TransitionInput input) {
    OpportunityDto o = transitions.transition(id, ETags.requireVersion(ifMatch), input);
    return Responses.ok(o, o.version());
  }

  @GET
  @Path("/opportunities/{id}/stage-history")
  @Operation(
      summary = "Stage history of a deal",
      description = "Every stage change, oldest first (append-only).")
  public List<StageChangeDto> listStageHistory(@PathParam("id") long id) {
    return transitions.history(id);
  }
}
