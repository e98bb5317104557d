package io.pareto.security;

import io.pareto.common.Problem.RowError.Code;
import java.util.Objects;

/**
 * The owner rule of {@link OwnerPolicy} for one caller, free of the database: the REST path asks it
 * about one record, an import states it as SQL over all its rows at once ({@link #refusedSql}).
 */
public final class OwnerRule {
  public static final OwnerRule ADMIN = new OwnerRule(Kind.ADMIN, null, null);

  private enum Kind {
    ADMIN,
    MANAGER,
    REP
  }

  /** Why an owner change is refused, as a row-error code and in English. */
  public enum Verdict {
    ASSIGN_SELF_ONLY(
        Code.ASSIGN_SELF_ONLY, "a rep may assign only themselves, on records they create"),
    OWNER_CHANGE_NOT_ALLOWED(
        Code.OWNER_CHANGE_NOT_ALLOWED,
        "a rep may not change the owner of an existing record; ask the owner's manager"),
    OWNER_OUTSIDE_TEAM(
        Code.OWNER_OUTSIDE_TEAM, "a manager may assign owners within their own team only"),
    OWNED_OUTSIDE_TEAM(
        Code.OWNED_OUTSIDE_TEAM,
        "a manager may move records only away from owners of their own team");

    public final Code code;
    private final String message;

    Verdict(Code code, String message) {
      this.code = code;
      this.message = message;
    }

    public String message() {
      return message;
    }
  }

  private final Kind kind;
  private final Long me;
  private final Long team;

  private OwnerRule(Kind kind, Long me, Long team) {
    this.kind = kind;
    this.me = me;
    this.team = team;
  }

  public static OwnerRule manager(Long me, Long team) {
    return new OwnerRule(Kind.MANAGER, me, team);
  }

  public static OwnerRule rep(Long me) {
    return new OwnerRule(Kind.REP, me, null);
  }

  public boolean isAdmin() {
    return kind == Kind.ADMIN;
  }

  public Long caller() {
    return me;
  }

  /**
   * Null when the change is allowed. The caller has already checked that {@code requested} differs
   * from {@code current} (for a new record: from its default owner).
   */
  public Verdict judge(
      boolean created, Long current, Long currentTeam, Long requested, Long requestedTeam) {
    return switch (kind) {
      case ADMIN -> null;
      case REP ->
          !created
              ? Verdict.OWNER_CHANGE_NOT_ALLOWED
              : Objects.equals(requested, me) ? null : Verdict.ASSIGN_SELF_ONLY;
      case MANAGER ->
          !inTeam(requested, requestedTeam)
              ? Verdict.OWNER_OUTSIDE_TEAM
              : !created && !inTeam(current, currentTeam) ? Verdict.OWNED_OUTSIDE_TEAM : null;
    };
  }

  private boolean inTeam(Long user, Long userTeam) {
    return user != null && (user.equals(me) || (team != null && team.equals(userTeam)));
  }

  /**
   * SQL for "this verdict applies" over a new owner {@code s} and the stored owner {@code t} (null
   * when {@code exists} is false), for the set-based check of an import; null when the verdict
   * never applies. Parameters: {@code :ownerCaller}, {@code :ownerTeam}. A blank owner ({@code s}
   * null) changes nothing.
   */
  public String refusedSql(Verdict v, String s, String t, String exists) {
    String changed =
        s + " is not null and (not " + exists + " or " + t + " is null or " + t + " <> " + s + ")";
    String teamOf = "(select u.id from app_user u where u.team_id = :ownerTeam)";
    return switch (kind) {
      case ADMIN -> null;
      case REP ->
          switch (v) {
            case OWNER_CHANGE_NOT_ALLOWED -> "(" + exists + " and " + changed + ")";
            case ASSIGN_SELF_ONLY ->
                "(not " + exists + " and " + s + " is not null and " + s + " <> :ownerCaller)";
            default -> null;
          };
      case MANAGER ->
          switch (v) {
            case OWNER_OUTSIDE_TEAM ->
                "("
                    + changed
                    + " and "
                    + s
                    + " <> :ownerCaller and "
                    + (team == null ? "1 = 1" : s + " not in " + teamOf)
                    + ")";
            case OWNED_OUTSIDE_TEAM ->
                "("
                    + exists
                    + " and "
                    + changed
                    + " and ("
                    + t
                    + " is null or ("
                    + t
                    + " <> :ownerCaller and "
                    + (team == null ? "1 = 1" : t + " not in " + teamOf)
                    + ")))";
            default -> null;
          };
    };
  }

  /** The values of {@link #refusedSql}'s parameters. */
  public java.util.Map<String, Object> params() {
    java.util.Map<String, Object> m = new java.util.HashMap<>();
    if (kind != Kind.ADMIN) m.put("ownerCaller", me);
    if (team != null) m.put("ownerTeam", team);
    return m;
  }
}
