package io.pareto.user;

import io.pareto.security.AuthKind;
import io.pareto.security.ClientAddress;
import io.pareto.security.Throttled;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * HTTP Basic: email + password through {@link Credentials}. A throttled caller gets a plain 401.
 */
@ApplicationScoped
public class UserIdentityProvider
    implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
  private final Credentials credentials;

  public UserIdentityProvider(Credentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
    return UsernamePasswordAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
    RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
    String ip = rc == null ? null : ClientAddress.of(rc.request());
    return context.runBlocking(
        () -> {
          try {
            return credentials
                .verify(
                    request.getUsername(),
                    new String(request.getPassword().getPassword()),
                    ip,
                    AuthKind.BASIC)
                .map(
                    user ->
                        (SecurityIdentity)
                            AuthKind.BASIC
                                .identityOf(user.id, user.email, user.role, user.teamId())
                                .build())
                .orElseThrow(() -> new AuthenticationFailedException("invalid credentials"));
          } catch (Throttled t) {
            throw new AuthenticationFailedException("throttled");
          }
        });
  }
}
