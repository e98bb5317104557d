package io.pareto.security;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * How a request proved who it is; kept as an identity attribute because CSRF and token scope depend
 * on it.
 */
public enum AuthKind {
  /** The SPA's signed session cookie: writes need the CSRF header. */
  SESSION,
  /** A personal API token (Authorization: Bearer). */
  TOKEN,
  /** HTTP Basic with email and password, for scripts and tests. */
  BASIC;

  /** Identity attribute holding the {@link AuthKind}. */
  public static final String ATTRIBUTE = "pareto.auth";

  /** Identity attribute holding the token scope name when {@link #TOKEN}. */
  public static final String TOKEN_SCOPE = "pareto.token-scope";

  /** Identity attribute holding the token's id when {@link #TOKEN}: rate limits count per token. */
  public static final String TOKEN_ID = "pareto.token-id";

  /** Identity attribute holding the session's CSRF token when {@link #SESSION}. */
  public static final String CSRF = "pareto.csrf";

  /**
   * Identity attributes with the user's id and team id, so a request needs no second user lookup.
   */
  public static final String USER_ID = "pareto.user-id";

  public static final String TEAM_ID = "pareto.team-id";

  /** The identity of a signed-in user, with the attributes every request relies on. */
  public QuarkusSecurityIdentity.Builder identityOf(
      long userId, String email, Role role, Long teamId) {
    var b =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal(email))
            .addRole(role.name())
            .addAttribute(ATTRIBUTE, this)
            .addAttribute(USER_ID, userId);
    if (teamId != null) b.addAttribute(TEAM_ID, teamId);
    return b;
  }
}
