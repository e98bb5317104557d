package io.pareto.token;

import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "API tokens",
    description = "Personal tokens for integrations and BI tools (Authorization: Bearer)")
public class TokenResource {
  private final TokenService tokens;

  public TokenResource(TokenService tokens) {
    this.tokens = tokens;
  }

  @GET
  @Path("/tokens")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP, Role.Names.READONLY})
  @Operation(
      summary = "List my API tokens",
      description = "Newest first; secrets are never listed.")
  public List<TokenDto> listMyTokens() {
    return tokens.mine();
  }

  @POST
  @Path("/tokens")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @APIResponse(
      responseCode = "201",
      description = "Created; the secret is in this answer only",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NewTokenDto.class)))
  @Operation(
      summary = "Create an API token for myself",
      description =
          "Needs a session or password sign-in (a token cannot create tokens). READ_ONLY tokens never write.")
  public RestResponse<NewTokenDto> createMyToken(@NotNull @Valid TokenInput input) {
    NewTokenDto t = tokens.createMine(input);
    return created(t);
  }

  @DELETE
  @Path("/tokens/{id}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.REP})
  @ResponseStatus(204)
  @Operation(
      summary = "Revoke an API token",
      description = "Effective for the next request. Admins may revoke anyone's.")
  public RestResponse<Void> revokeToken(@PathParam("id") long id) {
    tokens.revoke(id);
    return RestResponse.noContent();
  }

  @GET
  @Path("/users/{id}/tokens")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      summary = "List a user's API tokens",
      description = "For admins managing service users.")
  public List<TokenDto> listUserTokens(@PathParam("id") long id) {
    return tokens.ofUser(id);
  }

  @POST
  @Path("/users/{id}/tokens")
  @RolesAllowed(Role.Names.ADMIN)
  @APIResponse(
      responseCode = "201",
      description = "Created; the secret is in this answer only",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NewTokenDto.class)))
  @Operation(
      summary = "Create an API token for a user",
      description = "Typically for a READONLY service user that a BI tool signs in as.")
  public RestResponse<NewTokenDto> createUserToken(
      @PathParam("id") long id, @NotNull @Valid TokenInput input) {
    return created(tokens.createFor(id, input));
  }

  private static RestResponse<NewTokenDto> created(NewTokenDto t) {
    return RestResponse.ResponseBuilder.<NewTokenDto>created(
            java.net.URI.create("/api/v1/tokens/" + t.token().id()))
        .entity(t)
        .header("Cache-Control", "no-store")
        .build();
  }
}
