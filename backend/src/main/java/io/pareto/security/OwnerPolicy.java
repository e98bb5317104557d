package io.pareto.security;

import io.pareto.common.Problem;
import io.pareto.common.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one rule for every write that names an owner (accounts, deals, plans, plan actions, our-side
 * commitments; imports apply the same rule set-based through {@link OwnerRule}): an admin assigns
 * anyone; a manager moves records only between owners of their own team, judged on the old owner
 * and the new one; a rep assigns only themselves, and only on a record they create — being on an
 * account's team grants access to it, not ownership. Refused with 403 naming the field, never
 * silently dropped, so a client learns its change did not happen (mass assignment).
 */
@RequestScoped
public class OwnerPolicy {
  private final Caller caller;
  private final EntityManager em;

  public OwnerPolicy(Caller caller, EntityManager em) {
    this.caller = caller;
    this.em = em;
  }

  /**
   * @param field the input field, named in the refusal
   * @param created true when the record is being created
   * @param current the owner now; for a new record, whoever it defaults to when no owner is named
   * @param requested the owner asked for; null keeps the current one
   */
  public void checkAssign(String field, boolean created, Long current, Long requested) {
    if (requested == null || Objects.equals(current, requested)) return;
    Map<Long, Long> teams =
        teamsOf(created || current == null ? Set.of(requested) : Set.of(current, requested));
    if (!teams.containsKey(requested)) {
      throw ProblemException.badRequest(field, "user " + requested + " does not exist");
    }
    if (caller.hasRole(Role.ADMIN)) return;
    OwnerRule rule = rule();
    OwnerRule.Verdict v =
        rule.judge(
            created,
            current,
            current == null ? null : teams.get(current),
            requested,
            teams.get(requested));
    if (v != null) throw refuse(field, v.message());
  }

  /** The caller's rule, for the set-based checks of an import. */
  public OwnerRule rule() {
    if (caller.hasRole(Role.ADMIN)) return OwnerRule.ADMIN;
    Long me = caller.userId();
    if (caller.hasRole(Role.MANAGER)) {
      Long team = caller.teamId();
      return OwnerRule.manager(me, team);
    }
    return OwnerRule.rep(me);
  }

  /** user id → team id (null for no team), for the users that exist. One statement. */
  private Map<Long, Long> teamsOf(Set<Long> ids) {
    Map<Long, Long> out = new HashMap<>();
    em.createQuery(
            "select u.id as userId, t.id as teamId from AppUser u left join u.team t"
                + " where u.id in :ids",
            Tuple.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(r -> out.put(r.get("userId", Long.class), r.get("teamId", Long.class)));
    return out;
  }

  /** The 403 for a field this caller may not set. */
  public static ProblemException refuse(String field, String why) {
    return ProblemException.forbidden(
        field + ": " + why, List.of(new Problem.FieldError(field, why)));
  }
}
