package io.pareto.token;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The secret of a personal API token, as sent in {@code Authorization: Bearer}. */
public class ApiTokenRequest extends BaseAuthenticationRequest {
  private final String secret;

  public ApiTokenRequest(String secret) {
    this.secret = secret;
  }

  String secret() {
    return secret;
  }
}
