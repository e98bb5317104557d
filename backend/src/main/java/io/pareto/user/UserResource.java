package io.pareto.user;

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
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
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
    name = "Users",
    description = "Sales reps, account managers, managers, admins and BI service users; teams")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
public class UserResource {
  private final UserService users;
  private final MergePatch mergePatch;

  public UserResource(UserService users, MergePatch mergePatch) {
    this.users = users;
    this.mergePatch = mergePatch;
  }

  @GET
  @Path("/users")
  @Operation(
      summary = "List users",
      description = "Sortable by name, email, role, createdAt, updatedAt.")
  public Page<UserDto> listUsers(
      @Valid @BeanParam PageRequest page,
      @QueryParam("q") String q,
      @QueryParam("teamId") Long teamId) {
    return users.list(page, q, teamId);
  }

  @GET
  @Path("/users/{id}")
  @Operation(
      summary = "Get a user",
      description = "The ETag header carries the version for If-Match.")
  public RestResponse<UserDto> getUser(@PathParam("id") long id) {
    UserDto u = users.get(id).orElseThrow(() -> ProblemException.notFound("User", id));
    return Responses.ok(u, u.version());
  }

  @POST
  @Path("/users")
  @RolesAllowed(Role.Names.ADMIN)
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new record",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UserDto.class)))
  @Operation(summary = "Create a user")
  public RestResponse<UserDto> createUser(@NotNull @Valid UserInput input) {
    UserDto u = users.create(input);
    return Responses.created("/api/v1/users/" + u.id(), u, u.version());
  }

  @PUT
  @Path("/users/{id}")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(summary = "Replace a user", description = "Requires If-Match.")
  public RestResponse<UserDto> replaceUser(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid UserInput input) {
    UserDto u = users.replace(id, ETags.requireVersion(ifMatch), input);
    return Responses.ok(u, u.version());
  }

  @PATCH
  @Path("/users/{id}")
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(summary = "Update a user with a JSON merge patch", description = "Requires If-Match.")
  public RestResponse<UserDto> patchUser(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @RequestBody(
              description = "Any subset of the user's fields; null removes a value",
              content =
                  @Content(
                      mediaType = "application/merge-patch+json",
                      schema = @Schema(implementation = UserInput.class)))
          JsonNode patch) {
    long version = ETags.requireVersion(ifMatch);
    UserDto u =
        users.replace(
            id, version, mergePatch.apply(users.currentInput(id), patch, UserInput.class));
    return Responses.ok(u, u.version());
  }

  @DELETE
  @Path("/users/{id}")
  @RolesAllowed(Role.Names.ADMIN)
  @ResponseStatus(204)
  @Operation(
      summary = "Delete a user",
      description = "Refused with 409 while the user owns accounts; deactivate instead.")
  public RestResponse<Void> deleteUser(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    users.delete(id, ETags.requireVersion(ifMatch));
    return RestResponse.noContent();
  }

  @GET
  @Path("/teams")
  @Operation(summary = "List teams")
  public List<TeamDto> listTeams() {
    return users.teams();
  }

  @POST
  @Path("/teams")
  @RolesAllowed(Role.Names.ADMIN)
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new record",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TeamDto.class)))
  @Operation(summary = "Create a team")
  public RestResponse<TeamDto> createTeam(@NotNull @Valid TeamDto.Input input) {
    TeamDto t = users.createTeam(input);
    return Responses.created("/api/v1/teams/" + t.id(), t, t.version());
  }
}
