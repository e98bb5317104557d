package io.pareto.savedview;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/saved-views")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Saved views", description = "The caller's named filter sets of the list screens")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class SavedViewResource {
  private final SavedViewService views;

  public SavedViewResource(SavedViewService views) {
    this.views = views;
  }

  @GET
  @Operation(summary = "List your saved views", description = "Of one screen if given; by name.")
  public List<SavedViewDto> listSavedViews(@QueryParam("screen") SavedViewScreen screen) {
    return views.list(screen);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get one of your saved views")
  public RestResponse<SavedViewDto> getSavedView(@PathParam("id") long id) {
    SavedViewDto v = views.get(id).orElseThrow(() -> ProblemException.notFound("Saved view", id));
    return Responses.ok(v, v.version());
  }

  @POST
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SavedViewDto.class)))
  @Operation(
      summary = "Save a view",
      description = "The name is unique per screen among your views (409 otherwise).")
  public RestResponse<SavedViewDto> createSavedView(@NotNull @Valid SavedViewInput input) {
    SavedViewDto v = views.create(input);
    return Responses.created("/api/v1/saved-views/" + v.id(), v, v.version());
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @Operation(
      summary = "Rename a saved view or replace its filters",
      description = "Requires If-Match.")
  public RestResponse<SavedViewDto> replaceSavedView(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid SavedViewInput input) {
    SavedViewDto v = views.replace(id, ETags.requireVersion(ifMatch), input);
    return Responses.ok(v, v.version());
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @APIResponse(responseCode = "204", description = "Deleted")
  @Operation(summary = "Delete a saved view", description = "Requires If-Match.")
  public void deleteSavedView(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    views.delete(id, ETags.requireVersion(ifMatch));
  }
}
