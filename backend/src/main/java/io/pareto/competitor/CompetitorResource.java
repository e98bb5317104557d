package io.pareto.competitor;

import io.pareto.common.ETags;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.ProblemException;
import io.pareto.common.Responses;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
public class CompetitorResource {
  private final CompetitorService competitors;

  public CompetitorResource(CompetitorService competitors) {
    this.competitors = competitors;
  }

  @GET
  @Path("/competitors")
  @Operation(
      summary = "List competitors",
      description =
          "Filter by tier or text (name, brand). Sort fields: name, tier, priceLevel, createdAt, updatedAt.")
  public Page<CompetitorDto> listCompetitors(
      @QueryParam("tier") CompetitorTier tier,
      @QueryParam("q") String q,
      @Valid @BeanParam PageRequest page) {
    return competitors.list(tier, q, page);
  }

  @GET
  @Path("/competitors/{id}")
  @Operation(
      summary = "Get a competitor",
      description = "The ETag header carries the version for If-Match.")
  public RestResponse<CompetitorDto> getCompetitor(@PathParam("id") long id) {
    CompetitorDto c =
        competitors.get(id).orElseThrow(() -> ProblemException.notFound("Competitor", id));
    return Responses.ok(c, c.version());
  }

  @POST
  @Path("/competitors")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new record",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CompetitorDto.class)))
  @Operation(
      summary = "Add a competitor to the catalogue",
      description = "Names are unique (409 otherwise).")
  public RestResponse<CompetitorDto> createCompetitor(@NotNull @Valid CompetitorInput input) {
    CompetitorDto c = competitors.create(input);
    return Responses.created("/api/v1/competitors/" + c.id(), c, c.version());
  }

  @PUT
  @Path("/competitors/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
  @Operation(summary = "Replace a competitor", description = "Requires If-Match.")
  public RestResponse<CompetitorDto> replaceCompetitor(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid CompetitorInput input) {
    CompetitorDto c = competitors.replace(id, ETags.requireVersion(ifMatch), input);
    return Responses.ok(c, c.version());
  }

  @DELETE
  @Path("/competitors/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
  @ResponseStatus(204)
  @Operation(
      summary = "Delete a competitor",
      description = "Requires If-Match. Contacts that named it lose the reference.")
  public RestResponse<Void> deleteCompetitor(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    competitors.delete(id, ETags.requireVersion(ifMatch));
    return RestResponse.noContent();
  }
}
