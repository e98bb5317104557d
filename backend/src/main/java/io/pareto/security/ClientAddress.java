package io.pareto.security;

import io.vertx.core.http.HttpServerRequest;

/**
 * The client's address for throttling. Behind a reverse proxy, set PARETO_TRUST_PROXY=true so
 * Quarkus takes it from X-Forwarded-For (off by default: the header is trivially forged).
 */
public final class ClientAddress {
  private ClientAddress() {}

  public static String of(HttpServerRequest request) {
    return request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
  }

  /**
   * Whether the request reached us (or the proxy in front of us) over TLS: cookies get Secure then.
   */
  public static boolean overTls(HttpServerRequest request) {
    return request.isSSL() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
  }
}
