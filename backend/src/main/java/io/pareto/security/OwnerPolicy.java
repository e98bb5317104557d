package io.pareto.security;

import io.pareto.common.Problem;
import io.pareto.common.ProblemException;
import io.pareto.user.AppUser;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Objects;

/**
 * Who may assign an owner (issue 5, roles table): an admin anyone, a manager someone in their
 * team, a rep nobody. Refused with 403 naming the field — never silently dropped, so a client
 * learns its change did not happen (mass assignment).
 */
@RequestScoped
public class OwnerPolicy {
  private final Caller caller;

  public OwnerPolicy(Caller caller) {
    this.caller = caller;
  }

  /**
   * @param field the input field, named in the refusal
   * @param current the owner now (for a new record: whoever it would default to)
   * @param requested the owner asked for; null keeps the current one
   */
  public void checkAssign(String field, Long current, AppUser requested) {
    if (requested == null || Objects.equals(current, requested.id)) return;
    if (caller.hasRole(Role.ADMIN)) return;
    if (caller.hasRole(Role.MANAGER)) {
      AppUser me = caller.user().orElse(null);
      boolean sameTeam = me != null && me.team != null && requested.team != null && me.team.id.equals(requested.team.id);
      if (sameTeam || (me != null && me.id.equals(requested.id))) return;
      throw refuse(field, "a manager may assign owners within their own team only");
    }
    throw refuse(field, "only a manager or an admin may assign the owner");
  }

  /** The 403 for a field this caller may not set. */
  public static ProblemException refuse(String field, String why) {
    return ProblemException.forbidden(field + ": " + why, List.of(new Problem.FieldError(field, why)));
  }
}
