package io.pareto.ratelimit;

import io.pareto.common.ProblemException;
import io.pareto.common.ProblemMappers;
import io.pareto.common.ProblemMessages;
import io.pareto.common.RequestId;
import io.pareto.common.RetryLater;
import io.pareto.security.AuthKind;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Rate limits for API tokens (integrations), per token and window, with the IETF draft's
 * RateLimit-* headers on every token-authenticated answer and 429 problem+json with Retry-After
 * past the limit. Session and Basic callers are people and scripts signing in with a password
 * (throttled at sign-in instead) and pay nothing.
 */
public class RateLimitFilter {
  private static final String USAGE = RateLimitFilter.class.getName();

  private final RateLimits limits;
  private final RequestId requestId;

  public RateLimitFilter(RateLimits limits, RequestId requestId) {
    this.limits = limits;
    this.requestId = requestId;
  }

  @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 10)
  public Response count(ContainerRequestContext request, RoutingContext rc) {
    if (!(rc.user() instanceof QuarkusHttpUser user)) return null;
    SecurityIdentity identity = user.getSecurityIdentity();
    if (identity.getAttribute(AuthKind.ATTRIBUTE) != AuthKind.TOKEN) return null;
    Long tokenId = identity.getAttribute(AuthKind.TOKEN_ID);
    if (tokenId == null) return null;
    RateLimits.Usage usage =
        limits.count(tokenId, identity.getAttribute(AuthKind.TOKEN_SCOPE), Instant.now());
    if (usage == null) return null;
    request.setProperty(USAGE, usage);
    if (!usage.exceeded()) return null;
    var refusal =
        new RetryLater(
            ProblemException.Kind.THROTTLED,
            "RATE_LIMITED",
            "This token made more than "
                + usage.limit()
                + " requests in the current window; retry in "
                + usage.resetSeconds()
                + " s (Retry-After)",
            usage.resetSeconds(),
            usage.limit(),
            usage.resetSeconds());
    Locale locale = ProblemMessages.locale(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    return Response.status(429)
        .type(ProblemMappers.PROBLEM_JSON)
        .entity(ProblemMappers.render(refusal, locale, requestId.get()))
        .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
        .header("Retry-After", usage.resetSeconds())
        .build();
  }

  @ServerResponseFilter
  public void headers(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(USAGE) instanceof RateLimits.Usage usage)) return;
    response.getHeaders().putSingle("RateLimit-Limit", usage.limit());
    response.getHeaders().putSingle("RateLimit-Remaining", usage.remaining());
    response.getHeaders().putSingle("RateLimit-Reset", usage.resetSeconds());
  }
}
