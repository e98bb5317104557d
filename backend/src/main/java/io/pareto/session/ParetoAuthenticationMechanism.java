package io.pareto.session;

import io.pareto.common.ProblemMappers;
import io.pareto.common.ProblemMessages;
import io.pareto.security.ClientAddress;
import io.pareto.token.ApiTokenRequest;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * The one way requests authenticate: Bearer API tokens, HTTP Basic (scripts, tests) and the SPA's
 * session cookie. One mechanism instead of Quarkus' Basic next to ours, so the challenge is always
 * ours: a 401 problem+json, with the Basic challenge only for callers that are not the SPA — a
 * browser would otherwise pop up its own password dialog over the app.
 */
@ApplicationScoped
public class ParetoAuthenticationMechanism implements HttpAuthenticationMechanism {
  private final SessionCookies cookies;

  public ParetoAuthenticationMechanism(SessionCookies cookies) {
    this.cookies = cookies;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(RoutingContext rc, IdentityProviderManager identities) {
    String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null) {
      if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        return identities.authenticate(
            withContext(new ApiTokenRequest(authorization.substring(7).trim()), rc));
      }
      if (authorization.regionMatches(true, 0, "Basic ", 0, 6))
        return basic(authorization.substring(6).trim(), rc, identities);
      return Uni.createFrom()
          .failure(new AuthenticationFailedException("unsupported Authorization scheme"));
    }
    Cookie cookie = rc.request().getCookie(SessionCookies.SESSION);
    if (cookie == null) return Uni.createFrom().nullItem();
    var claims = cookies.read(cookie.getValue());
    if (claims.isEmpty()) return Uni.createFrom().nullItem(); // expired or forged: anonymous
    return identities
        .authenticate(withContext(new SessionRequest(claims.get()), rc))
        .invoke(
            identity ->
                cookies
                    .refreshed(claims.get())
                    .filter(c -> !rc.normalizedPath().equals("/api/v1/session"))
                    .ifPresent(
                        c ->
                            rc.response()
                                .addCookie(
                                    sessionCookie(
                                        cookies.seal(c), ClientAddress.overTls(rc.request())))));
  }

  private Uni<SecurityIdentity> basic(
      String encoded, RoutingContext rc, IdentityProviderManager identities) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Uni.createFrom()
          .failure(new AuthenticationFailedException("malformed Basic credentials"));
    }
    int colon = decoded.indexOf(':');
    if (colon < 0)
      return Uni.createFrom()
          .failure(new AuthenticationFailedException("malformed Basic credentials"));
    return identities.authenticate(
        withContext(
            new UsernamePasswordAuthenticationRequest(
                decoded.substring(0, colon),
                new PasswordCredential(decoded.substring(colon + 1).toCharArray())),
            rc));
  }

  /** The HttpOnly, SameSite=Strict session cookie (Secure over TLS); a browser session cookie. */
  public static Cookie sessionCookie(String value, boolean tls) {
    return Cookie.cookie(SessionCookies.SESSION, value)
        .setPath("/")
        .setHttpOnly(true)
        .setSecure(tls)
        .setSameSite(CookieSameSite.STRICT);
  }

  private static <T extends AuthenticationRequest> T withContext(T request, RoutingContext rc) {
    HttpSecurityUtils.setRoutingContextAttribute(request, rc);
    return request;
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext rc) {
    return Uni.createFrom()
        .item(
            ProblemMappers.fromSpa(rc.request().getHeader("X-Requested-With"))
                ? new ChallengeData(401, null, null)
                : new ChallengeData(401, "WWW-Authenticate", ProblemMappers.BASIC_CHALLENGE));
  }

  @Override
  public Uni<Boolean> sendChallenge(RoutingContext rc) {
    if (!rc.response().ended() && !rc.response().headWritten()) {
      rc.response().setStatusCode(401);
      if (!ProblemMappers.fromSpa(rc.request().getHeader("X-Requested-With"))) {
        rc.response().putHeader("WWW-Authenticate", ProblemMappers.BASIC_CHALLENGE);
      }
      String language = rc.request().getHeader("Accept-Language");
      rc.response()
          .putHeader("Content-Type", ProblemMappers.PROBLEM_JSON)
          .putHeader("Content-Language", ProblemMessages.locale(language).toLanguageTag())
          .end(ProblemMappers.unauthorizedJson(language));
    }
    return Uni.createFrom().item(true);
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(
        ApiTokenRequest.class, SessionRequest.class, UsernamePasswordAuthenticationRequest.class);
  }

  @Override
  public int getPriority() {
    return 3000;
  }
}
