package io.pareto.session;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A session cookie whose signature and expiry have already been checked. */
public class SessionRequest extends BaseAuthenticationRequest {
  private final SessionCookies.Claims claims;

  public SessionRequest(SessionCookies.Claims claims) {
    this.claims = claims;
  }

  public SessionCookies.Claims claims() {
    return claims;
  }
}
