package io.pareto.security;

import io.pareto.common.Rows;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/**
 * Who is calling, resolved once per request from the authenticated principal (the user's email) to
 * the user row, and the account scope that follows from their role.
 */
@RequestScoped
public class Caller {
  private final SecurityIdentity identity;
  private final EntityManager em;
  private Long userId;
  private Long teamId;
  private boolean resolved;

  public Caller(SecurityIdentity identity, EntityManager em) {
    this.identity = identity;
    this.em = em;
  }

  /** The user row's id and team id, from the sign-in's attributes or else one look-up by email. */
  private void resolve() {
    if (resolved) return;
    resolved = true;
    if (identity.isAnonymous()) return;
    Long id = identity.getAttribute(AuthKind.USER_ID);
    if (id != null) { // set at sign-in: no second lookup of the user row
      userId = id;
      teamId = identity.getAttribute(AuthKind.TEAM_ID);
      return;
    }
    // By name, not by class: the user feature sits above security.
    em.createQuery(
            "select u.id as userId, t.id as teamId from AppUser u left join u.team t"
                + " where u.email = :email",
            Tuple.class)
        .setParameter("email", identity.getPrincipal().getName())
        .getResultStream()
        .findFirst()
        .map(r -> Rows.one(Ids.class, r))
        .ifPresent(
            ids -> {
              userId = ids.userId();
              teamId = ids.teamId();
            });
  }

  private record Ids(Long userId, Long teamId) {}

  public String name() {
    return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
  }

  /** The signed-in user's id; null when anonymous or when no user row has the principal's email. */
  public Long userId() {
    resolve();
    return userId;
  }

  /** The signed-in user's team; null without one. */
  public Long teamId() {
    resolve();
    return teamId;
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
    Long id = userId();
    if (id == null) return AccountScope.NONE;
    Long team = teamId();
    return hasRole(Role.MANAGER) && team != null
        ? AccountScope.team(id, team)
        : AccountScope.own(id);
  }
}
