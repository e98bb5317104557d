package io.pareto.security;

import io.pareto.common.Problem;
import io.pareto.common.ProblemException;
import io.pareto.common.RequestId;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 401, 403 and 429 as problem+json. No Basic challenge for the SPA, so browsers show no dialog. */
public class AuthProblems {
  public static final String PROBLEM_JSON = "application/problem+json";
  public static final String BASIC_CHALLENGE = "Basic realm=\"Pareto\", charset=\"UTF-8\"";
  private static final String UNAUTHORIZED_DETAIL = "Sign in, or send a valid API token or credentials";

  private final RequestId requestId;

  public AuthProblems(RequestId requestId) {
    this.requestId = requestId;
  }

  /** The SPA marks its calls with X-Requested-With: XMLHttpRequest. */
  public static boolean fromSpa(String requestedWith) {
    return "XMLHttpRequest".equalsIgnoreCase(requestedWith);
  }

  /** The 401 body where no request scope is at hand (the HTTP layer's challenge). */
  public static String unauthorizedJson() {
    return "{\"type\":\"" + ProblemException.TYPE_BASE + "unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
        + "\"detail\":\"" + UNAUTHORIZED_DETAIL + "\"}";
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public RestResponse<Problem> unauthorized(HttpHeaders headers) {
    var response = RestResponse.ResponseBuilder.<Problem>create(401)
        .entity(new Problem(ProblemException.TYPE_BASE + "unauthorized", "Unauthorized", 401, UNAUTHORIZED_DETAIL,
            requestId.get(), null))
        .type(PROBLEM_JSON);
    if (!fromSpa(headers.getHeaderString("X-Requested-With"))) response.header("WWW-Authenticate", BASIC_CHALLENGE);
    return response.build();
  }

  @ServerExceptionMapper
  public RestResponse<Problem> forbidden(ForbiddenException e) {
    return RestResponse.ResponseBuilder.<Problem>create(403)
        .entity(new Problem(ProblemException.TYPE_BASE + "forbidden", "Forbidden", 403,
            "Your role or token does not allow this operation", requestId.get(), null))
        .type(PROBLEM_JSON).build();
  }

  @ServerExceptionMapper
  public RestResponse<Problem> throttled(Throttled e) {
    return RestResponse.ResponseBuilder.<Problem>create(429)
        .entity(new Problem(ProblemException.TYPE_BASE + "too-many-attempts", "Too many requests", 429,
            e.getMessage(), requestId.get(), null))
        .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
        .type(PROBLEM_JSON).build();
  }
}
