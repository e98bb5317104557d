package io.pareto.industry;

import io.pareto.common.ETags;
import io.pareto.common.ProblemException;
import io.pareto.common.Responses;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Industries", description = "The configurable industry segments accounts belong to")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class IndustryResource {
  private final IndustryService industries;

  public IndustryResource(IndustryService industries) {
    this.industries = industries;
  }

  @GET
  @Path("/industries")
  @Operation(
      summary = "List industries",
      description = "Ordered by tier (MAJOR, MINOR, TRACKED), then code.")
  public List<IndustryDto> listIndustries() {
    return industries.listIndustries();
  }

  @GET
  @Path("/industries/{code}")
  @Operation(summary = "Get an industry")
  public RestResponse<IndustryDto> getIndustry(@PathParam("code") String code) {
    IndustryDto i =
        industries.get(code).orElseThrow(() -> ProblemException.notFound("Industry", code));
    return Responses.ok(i, i.version());
  }

  @POST
  @Path("/industries")
  @RolesAllowed(Role.Names.ADMIN)
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new record",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IndustryDto.class)))
  @Operation(summary = "Create an industry")
  public RestResponse<IndustryDto> createIndustry(@NotNull @Valid IndustryDto.Input input) {
    IndustryDto i = industries.create(input);
    return Responses.created("/api/v1/industries/" + i.code(), i, i.version());
  }

  @PUT
  @Path("/industries/{code}")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(summary = "Replace an industry", description = "Requires If-Match.")
  public RestResponse<IndustryDto> replaceIndustry(
      @PathParam("code") String code,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid IndustryDto.Input input) {
    IndustryDto i = industries.replace(code, ETags.requireVersion(ifMatch), input);
    return Responses.ok(i, i.version());
  }
}
