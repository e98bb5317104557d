package io.pareto.token;

import io.pareto.security.AuthKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Bearer token → its user's identity, looked up on every request so revocation takes effect at once. */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<ApiTokenRequest> {
  private final TokenRepository tokens;

  public TokenIdentityProvider(TokenRepository tokens) {
    this.tokens = tokens;
  }

  @Override
  public Class<ApiTokenRequest> getRequestType() {
    return ApiTokenRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(ApiTokenRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(() -> {
      String secret = request.secret();
      if (secret.isEmpty() || secret.length() > 200) throw new AuthenticationFailedException("malformed token");
      ApiToken t = QuarkusTransaction.requiringNew()
          .call(() -> tokens.findUsable(TokenService.hash(secret), Instant.now()).orElse(null));
      if (t == null) throw new AuthenticationFailedException("unknown, expired or revoked token");
      return AuthKind.TOKEN.identityOf(t.user)
          .addAttribute(AuthKind.TOKEN_SCOPE, t.scope.name())
          .build();
    });
  }
}
