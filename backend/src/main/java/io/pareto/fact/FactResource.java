package io.pareto.fact;

import com.fasterxml.jackson.databind.JsonNode;
import io.pareto.common.ETags;
import io.pareto.common.MergePatch;
import io.pareto.common.Months;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.ProblemException;
import io.pareto.common.Responses;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Facts",
    description = "Monthly revenue, gross profit, cost to serve and orders per account")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class FactResource {
  private static final String WRITERS_NOTE = "Requires If-Match.";
  private final FactService facts;
  private final MergePatch mergePatch;

  public FactResource(FactService facts, MergePatch mergePatch) {
    this.facts = facts;
    this.mergePatch = mergePatch;
  }

  @GET
  @Path("/accounts/{accountId}/facts")
  @Operation(
      summary = "List an account's monthly facts",
      description =
          "Newest month first by default. Sort fields: month, revenue, grossProfit, costToServe, orderCount.")
  public Page<FactDto> listAccountFacts(
      @PathParam("accountId") long accountId,
      @QueryParam("from") @Pattern(regexp = Months.PATTERN, message = "must be a month as YYYY-MM")
          String from,
      @QueryParam("to") @Pattern(regexp = Months.PATTERN, message = "must be a month as YYYY-MM")
          String to,
      @Valid @BeanParam PageRequest page) {
    return facts.list(accountId, from, to, page);
  }

  @POST
  @Path("/accounts/{accountId}/facts")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new record",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FactDto.class)))
  @Operation(
      summary = "Record an account's figures for a month",
      description = "409 if that month is already recorded.")
  public RestResponse<FactDto> createAccountFact(
      @PathParam("accountId") long accountId, @NotNull @Valid FactInput input) {
    FactDto f = facts.create(accountId, input);
    return Responses.created("/api/v1/facts/" + f.id(), f, f.version());
  }

  @GET
  @Path("/facts/{id}")
  @Operation(summary = "Get a monthly fact")
  public RestResponse<FactDto> getFact(@PathParam("id") long id) {
    FactDto f = facts.get(id).orElseThrow(() -> ProblemException.notFound("Fact", id));
    return Responses.ok(f, f.version());
  }

  @PUT
  @Path("/facts/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @Operation(summary = "Replace a monthly fact", description = WRITERS_NOTE)
  public RestResponse<FactDto> replaceFact(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid FactInput input) {
    FactDto f = facts.replace(id, ETags.requireVersion(ifMatch), input);
    return Responses.ok(f, f.version());
  }

  @PATCH
  @Path("/facts/{id}")
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @Operation(summary = "Update a monthly fact with a JSON merge patch", description = WRITERS_NOTE)
  public RestResponse<FactDto> patchFact(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @RequestBody(
              content =
                  @Content(
                      mediaType = "application/merge-patch+json",
                      schema = @Schema(implementation = FactInput.class)))
          JsonNode patch) {
    long version = ETags.requireVersion(ifMatch);
    FactDto f =
        facts.replace(
            id, version, mergePatch.apply(facts.currentInput(id), patch, FactInput.class));
    return Responses.ok(f, f.version());
  }

  @DELETE
  @Path("/facts/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @ResponseStatus(204)
  @Operation(summary = "Delete a monthly fact", description = WRITERS_NOTE)
  public RestResponse<Void> deleteFact(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    facts.delete(id, ETags.requireVersion(ifMatch));
    return RestResponse.noContent();
  }
}
