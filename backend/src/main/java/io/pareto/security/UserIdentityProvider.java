package io.pareto.security;

import io.pareto.user.AppUser;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Email + password against the user table (bcrypt). The same answer whether the user exists or not. */
@ApplicationScoped
public class UserIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
  // Compared against when the user is unknown, so timing does not reveal which emails exist.
  private static final String DUMMY_HASH = BcryptUtil.bcryptHash("pareto-timing-equaliser", 4);

  private final EntityManager em;

  public UserIdentityProvider(EntityManager em) {
    this.em = em;
  }

  @Override
  public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
    return UsernamePasswordAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(() -> {
      String email = request.getUsername() == null ? "" : request.getUsername().trim().toLowerCase();
      String password = new String(request.getPassword().getPassword());
      AppUser user = QuarkusTransaction.requiringNew().call(() -> em
          .createQuery("from AppUser u where lower(u.email) = :email and u.active = true", AppUser.class)
          .setParameter("email", email).getResultStream().findFirst().orElse(null));
      String hash = user != null && user.passwordHash != null ? user.passwordHash : DUMMY_HASH;
      boolean ok = BcryptUtil.matches(password, hash);
      if (user == null || user.passwordHash == null || !ok) throw new AuthenticationFailedException("invalid credentials");
      return QuarkusSecurityIdentity.builder()
          .setPrincipal(new QuarkusPrincipal(user.email))
          .addRole(user.role.name())
          .build();
    });
  }
}
