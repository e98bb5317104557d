package io.pareto.session;

import io.pareto.common.ProblemException;
import io.pareto.security.ClientAddress;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
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
@Tag(name = "Session", description = "Sign-in for the web app (cookie session with CSRF token)")
public class SessionResource {
  private final SessionService sessions;

  public SessionResource(SessionService sessions) {
    this.sessions = sessions;
  }

  @POST
  @Path("/session")
  @PermitAll
  @APIResponse(
      responseCode = "200",
      description = "Signed in; sets the pareto_session (HttpOnly) and pareto_csrf cookies",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SessionUser.class)))
  @APIResponse(
      responseCode = "429",
      description = "Too many failed sign-ins; see Retry-After",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "#/components/schemas/Problem")))
  @Operation(
      summary = "Sign in",
      description =
          "Email and password. Sets an HttpOnly SameSite=Strict session cookie and a readable pareto_csrf "
              + "cookie whose value must be sent as X-CSRF-Token with every write. Wrong email and wrong password "
              + "answer alike (401). 5 failures for one user from one address, or 20 from one address, within 15 minutes "
              + "answer 429; past 10 attempts on one user from anywhere, each further one waits longer (at most a minute).")
  public RestResponse<SessionUser> signIn(
      @NotNull @Valid SignInInput input, @Context HttpServerRequest request) {
    SessionService.SignedIn s = sessions.signIn(input, ClientAddress.of(request));
    boolean tls = ClientAddress.overTls(request);
    return RestResponse.ResponseBuilder.ok(s.user())
        .cookie(
            cookie(SessionCookies.SESSION, s.sessionCookie(), true, tls, -1),
            cookie(SessionCookies.CSRF, s.csrfToken(), false, tls, -1))
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("/session")
  @Authenticated
  @Operation(
      summary = "Who is signed in",
      description = "401 when the session has expired or there is none.")
  public SessionUser currentSession() {
    return sessions.current().orElseThrow(() -> ProblemException.unauthorized());
  }

  @DELETE
  @Path("/session")
  @PermitAll
  @ResponseStatus(204)
  @Operation(
      summary = "Sign out",
      description = "Clears the session cookies. Answers 204 even without a session.")
  public RestResponse<Void> signOut(@Context HttpServerRequest request) {
    sessions.signOut(ClientAddress.of(request));
    boolean tls = ClientAddress.overTls(request);
    return RestResponse.ResponseBuilder.<Void>noContent()
        .cookie(
            cookie(SessionCookies.SESSION, "", true, tls, 0),
            cookie(SessionCookies.CSRF, "", false, tls, 0))
        .build();
  }

  private static NewCookie cookie(
      String name, String value, boolean httpOnly, boolean tls, int maxAge) {
    return new NewCookie.Builder(name)
        .value(value)
        .path("/")
        .httpOnly(httpOnly)
        .secure(tls)
        .sameSite(NewCookie.SameSite.STRICT)
        .maxAge(maxAge)
        .build();
  }
}
