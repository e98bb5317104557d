package io.pareto.security;

/** How a request proved who it is; kept as an identity attribute because CSRF and token scope depend on it. */
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
  /** Identity attribute holding the session's CSRF token when {@link #SESSION}. */
  public static final String CSRF = "pareto.csrf";
}
