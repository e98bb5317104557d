package io.pareto.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.pareto.common.ETags;
import io.pareto.common.MergePatch;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities", description = "Deals from lead to cash (从线索到回款)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class OpportunityResource {
  private final OpportunityService opportunities;
  private final MergePatch mergePatch;

  public OpportunityResource(OpportunityService opportunities, MergePatch mergePatch) {
    this.opportunities = opportunities;
    this.mergePatch = mergePatch;
  }

  @GET
  @Path("/opportunities")
  @Operation(
      summary = "List opportunities",
      description =
          "Newest change first by default. Sort fields: name, amount, stage, expectedCloseDate, createdAt, updatedAt.")
  public Page<OpportunityDto> listOpportunities(
      @BeanParam OpportunityFilter filter, @Valid @BeanParam PageRequest page) {
    return opportunities.list(filter, page);
  }

  @GET
  @Path("/opportunities/board")
  @Operation(
      summary = "Kanban board of opportunities",
      description =
          "Per stage: the count and amount of every matching deal (computed on the server) and the first "
              + "`size` deals, newest change first. The same filters as the list (the stage filter is ignored).")
  public BoardDto getOpportunityBoard(
      @BeanParam OpportunityFilter filter,
      @QueryParam("size")
          @DefaultValue("20")
          @Min(1)
          @Max(100)
          @Parameter(description = "Deals per column, 1..100")
          int size) {
    filter.stage = null;
    return opportunities.board(filter, size);
  }

  @GET
  @Path("/opportunities/{id}")
  @Operation(summary = "Get an opportunity")
  public RestResponse<OpportunityDto> getOpportunity(@PathParam("id") long id) {
    OpportunityDto o =
        opportunities.get(id).orElseThrow(() -> ProblemException.notFound("Opportunity", id));
    return Responses.ok(o, o.version());
  }

  @POST
  @Path("/opportunities")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new record",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OpportunityDto.class)))
  @Operation(summary = "Create an opportunity")
  public RestResponse<OpportunityDto> createOpportunity(@NotNull @Valid OpportunityInput input) {
    OpportunityDto o = opportunities.create(input);
    return Responses.created("/api/v1/opportunities/" + o.id(), o, o.version());
  }

  @PUT
  @Path("/opportunities/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @Operation(summary = "Replace an opportunity", description = "Requires If-Match.")
  public RestResponse<OpportunityDto> replaceOpportunity(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid OpportunityInput input) {
    OpportunityDto o = opportunities.replace(id, ETags.requireVersion(ifMatch), input);
    return Responses.ok(o, o.version());
  }

  @PATCH
  @Path("/opportunities/{id}")
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @Operation(
      summary = "Update an opportunity with a JSON merge patch",
      description = "Requires If-Match.")
  public RestResponse<OpportunityDto> patchOpportunity(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @RequestBody(
              content =
                  @Content(
                      mediaType = "application/merge-patch+json",
                      schema = @Schema(implementation = OpportunityInput.class)))
          JsonNode patch) {
    long version = ETags.requireVersion(ifMatch);
    OpportunityDto o =
        opportunities.replace(
            id,
            version,
            mergePatch.apply(opportunities.currentInput(id), patch, OpportunityInput.class));
    return Responses.ok(o, o.version());
  }

  @DELETE
  @Path("/opportunities/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @ResponseStatus(204)
  @Operation(summary = "Delete an opportunity", description = "Requires If-Match.")
  public RestResponse<Void> deleteOpportunity(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    opportunities.delete(id, ETags.requireVersion(ifMatch));
    return RestResponse.noContent();
  }
}
