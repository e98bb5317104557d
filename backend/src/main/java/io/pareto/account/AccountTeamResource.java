package io.pareto.account;

import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Customer organisations (客户)")
public class AccountTeamResource {
  private final AccountTeamService team;

  public AccountTeamResource(AccountTeamService team) {
    this.team = team;
  }

  @GET
  @Path("/accounts/{id}/team")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
  @Operation(
      summary = "List an account's team",
      description = "Users who support the account besides its owner.")
  public List<AccountTeamMemberDto> listAccountTeam(@PathParam("id") long id) {
    return team.list(id);
  }

  @PUT
  @Path("/accounts/{id}/team/{userId}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
  @Operation(
      summary = "Add or change an account team member",
      description =
          "Members see the account like its owner does; so only managers and admins grant it.")
  public AccountTeamMemberDto putAccountTeamMember(
      @PathParam("id") long id,
      @PathParam("userId") long userId,
      @NotNull @Valid AccountTeamInput input) {
    return team.put(id, userId, input);
  }

  @DELETE
  @Path("/accounts/{id}/team/{userId}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
  @ResponseStatus(204)
  @Operation(summary = "Remove an account team member")
  public RestResponse<Void> deleteAccountTeamMember(
      @PathParam("id") long id, @PathParam("userId") long userId) {
    team.remove(id, userId);
    return RestResponse.noContent();
  }
}
