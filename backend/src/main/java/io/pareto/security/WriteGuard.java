package io.pareto.security;

import io.pareto.common.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Two refusals that depend on how a write was authenticated, not on who is writing: a
 * cookie-authenticated write must echo the session's CSRF token in X-CSRF-Token (a cross-site form
 * cannot read the pareto_csrf cookie), and a READ_ONLY API token never writes, whatever its user's
 * role. Bearer and Basic need no CSRF token: browsers never send them on their own.
 */
public class WriteGuard {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  public static final String CSRF_HEADER = "X-CSRF-Token";

  @ServerRequestFilter
  public void guard(ContainerRequestContext request, RoutingContext rc) {
    if (!WRITES.contains(request.getMethod())) return;
    if (!(rc.user() instanceof QuarkusHttpUser user)) return;
    SecurityIdentity identity = user.getSecurityIdentity();
    Object kind = identity.getAttribute(AuthKind.ATTRIBUTE);
    if (kind == AuthKind.TOKEN
        && !"READ_WRITE".equals(identity.getAttribute(AuthKind.TOKEN_SCOPE))) {
      throw ProblemException.forbidden(
          "This API token is READ_ONLY; writes need a READ_WRITE token", null);
    }
    if (kind == AuthKind.SESSION && !signIn(request)) {
      String expected = identity.getAttribute(AuthKind.CSRF);
      String sent = request.getHeaderString(CSRF_HEADER);
      if (expected == null
          || sent == null
          || !MessageDigest.isEqual(
              expected.getBytes(StandardCharsets.US_ASCII),
              sent.getBytes(StandardCharsets.US_ASCII))) {
        throw ProblemException.forbidden(
            "Missing or wrong "
                + CSRF_HEADER
                + " header: send the value of the pareto_csrf cookie with every write",
            null);
      }
    }
  }

  private static boolean signIn(ContainerRequestContext request) {
    return "POST".equals(request.getMethod())
        && request.getUriInfo().getPath().equals("/api/v1/session");
  }
}
