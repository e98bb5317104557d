package io.pareto.security;

import io.pareto.user.AppUser;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * Who is calling, resolved once per request from the authenticated principal (the user's email) to
 * the user row, and the account scope that follows from their role.
 */
@RequestScoped
public class Caller {
  private final SecurityIdentity identity;
  private final EntityManager em;
  private AppUser user;
  private boolean resolved;

  public Caller(SecurityIdentity identity, EntityManager em) {
    this.identity = identity;
    this.em = em;
  }

  public Optional<AppUser> user() {
    if (!resolved) {
      resolved = true;
      if (!identity.isAnonymous()) {
        user =
            em.createQuery(
                    "from AppUser u left join fetch u.team where u.email = :email", AppUser.class)
                .setParameter("email", identity.getPrincipal().getName())
                .getResultStream()
                .findFirst()
                .orElse(null);
      }
    }
    return Optional.ofNullable(user);
  }

  public String name() {
    return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
  }

  public Long userId() {
    Long id = identity.isAnonymous() ? null : identity.getAttribute(AuthKind.USER_ID);
    return id != null ? id : user().map(u -> u.id).orElse(null);
  }

  /** How this request authenticated; null when anonymous. */
  public AuthKind authKind() {
    return identity.isAnonymous() ? null : identity.getAttribute(AuthKind.ATTRIBUTE);
  }

  public boolean hasRole(Role role) {
    return identity.hasRole(role.name());
  }

  /** The accounts this caller may see; the single definition every query goes through. */
  public AccountScope scope() {
    if (identity.isAnonymous())
      return AccountScope.NONE; // unauthenticated requests never reach data
    if (hasRole(Role.ADMIN) || hasRole(Role.READONLY)) return AccountScope.ALL;
    Long id = identity.getAttribute(AuthKind.USER_ID);
    if (id != null) { // set at sign-in: no second lookup of the user row
      Long team = identity.getAttribute(AuthKind.TEAM_ID);
      return hasRole(Role.MANAGER) && team != null
          ? AccountScope.team(id, team)
          : AccountScope.own(id);
    }
    AppUser u = user().orElse(null);
    if (u == null) return AccountScope.NONE;
    if (hasRole(Role.MANAGER) && u.team != null) return AccountScope.team(u.id, u.team.id);
    return AccountScope.own(u.id);
  }
}
