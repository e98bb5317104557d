package io.pareto.user;

import io.pareto.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** The signed-in user's row with its team, for the few places that need the entity itself. */
@RequestScoped
public class CurrentUser {
  private final Caller caller;
  private final EntityManager em;

  public CurrentUser(Caller caller, EntityManager em) {
    this.caller = caller;
    this.em = em;
  }

  public Optional<AppUser> get() {
    Long id = caller.userId();
    if (id == null) return Optional.empty();
    return em.createQuery("from AppUser u left join fetch u.team where u.id = :id", AppUser.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }
}
