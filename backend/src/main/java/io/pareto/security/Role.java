package io.pareto.security;

/** What a user may see and change (see README, "Roles"). */
public enum Role {
  ADMIN,
  MANAGER,
  REP,
  READONLY;

  /** Role names for {@code @RolesAllowed}, which needs compile-time constants. */
  public static final class Names {
    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "MANAGER";
    public static final String REP = "REP";
    public static final String READONLY = "READONLY";

    private Names() {}
  }
}
