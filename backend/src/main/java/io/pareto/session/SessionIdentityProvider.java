package io.pareto.session;

import io.pareto.security.AuthKind;
import io.pareto.user.AppUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Turns a checked session cookie into the user's identity; the user must still exist, be active and
 * not be signed out everywhere since.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionRequest> {
  private final EntityManager em;

  public SessionIdentityProvider(EntityManager em) {
    this.em = em;
  }

  @Override
  public Class<SessionRequest> getRequestType() {
    return SessionRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      SessionRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () -> {
          AppUser user =
              QuarkusTransaction.requiringNew()
                  .call(() -> em.find(AppUser.class, request.claims().userId()));
          if (user == null || !user.active)
            throw new AuthenticationFailedException("session of an inactive user");
          // a password reset or deactivation since sign-in ended this session, even if the user is
          // active again
          if (user.sessionGeneration != request.claims().generation()) {
            throw new AuthenticationFailedException("session revoked");
          }
          return AuthKind.SESSION
              .identityOf(user.id, user.email, user.role, user.teamId())
              .addAttribute(AuthKind.CSRF, request.claims().csrf())
              .build();
        });
  }
}
