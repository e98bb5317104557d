package io.pareto.competitor;

import io.pareto.common.ETags;
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
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Competitors", description = "Competitor catalogue (竞争对手分析)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class CompetitorPresenceResource {
  private final CompetitorPresenceService presence;

  public CompetitorPresenceResource(CompetitorPresenceService presence) {
    this.presence = presence;
  }

  @GET
  @Path("/accounts/{accountId}/competitors")
  @Operation(
      summary = "List competitor products installed at an account",
      description =
          "With the customer's satisfaction, the competitor's rep and that rep's relationship.")
  public List<PresenceDto> listAccountCompetitors(@PathParam("accountId") long accountId) {
    return presence.forAccount(accountId);
  }

  @POST
  @Path("/accounts/{accountId}/competitors")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PresenceDto.class)))
  @Operation(summary = "Record a competitor product at an account")
  public RestResponse<PresenceDto> addAccountCompetitor(
      @PathParam("accountId") long accountId, @NotNull @Valid PresenceInput input) {
    PresenceDto p = presence.add(accountId, input);
    return Responses.created("/api/v1/competitor-presence/" + p.id(), p, p.version());
  }

  @PUT
  @Path("/competitor-presence/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @Operation(summary = "Replace a competitor presence", description = "Requires If-Match.")
  public RestResponse<PresenceDto> replaceCompetitorPresence(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid PresenceInput input) {
    PresenceDto p = presence.replace(id, ETags.requireVersion(ifMatch), input);
    return Responses.ok(p, p.version());
  }

  @DELETE
  @Path("/competitor-presence/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @ResponseStatus(204)
  @Operation(summary = "Remove a competitor presence", description = "Requires If-Match.")
  public RestResponse<Void> deleteCompetitorPresence(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    presence.remove(id, ETags.requireVersion(ifMatch));
    return RestResponse.noContent();
  }

  @GET
  @Path("/opportunities/{opportunityId}/competitors")
  @Operation(
      summary = "List the competitors in a deal",
      description = "With the deal's outcome against each.")
  public List<DealCompetitorDto> listDealCompetitors(
      @PathParam("opportunityId") long opportunityId) {
    return presence.forOpportunity(opportunityId);
  }

  @POST
  @Path("/opportunities/{opportunityId}/competitors")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DealCompetitorDto.class)))
  @Operation(
      summary = "Add a competitor to a deal",
      description = "One row per deal and competitor (409 otherwise).")
  public RestResponse<DealCompetitorDto> addDealCompetitor(
      @PathParam("opportunityId") long opportunityId, @NotNull @Valid DealCompetitorInput input) {
    DealCompetitorDto d = presence.addToDeal(opportunityId, input);
    return Responses.created(
        "/api/v1/opportunities/" + opportunityId + "/competitors", d, d.version());
  }

  @DELETE
  @Path("/deal-competitors/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @ResponseStatus(204)
  @Operation(summary = "Remove a competitor from a deal", description = "Requires If-Match.")
  public RestResponse<Void> deleteDealCompetitor(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    presence.removeFromDeal(id, ETags.requireVersion(ifMatch));
    return RestResponse.noContent();
  }

  @GET
  @Path("/competitors/{id}/footprint")
  @Operation(
      summary = "A competitor's footprint",
      description =
          "Accounts where it is installed, deals against it, won/lost and lost-to-it, over the accounts you may see.")
  public FootprintDto getCompetitorFootprint(@PathParam("id") long id) {
    return presence.footprint(id);
  }
}
