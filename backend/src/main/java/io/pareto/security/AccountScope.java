package io.pareto.security;

import java.util.Map;

/**
 * Which accounts a caller may see, as a predicate to AND into any query over accounts. Children
 * (contacts, facts, opportunities, ...) are scoped through their account. Parameter names start
 * with "scope" so they never clash with a feature's own.
 */
public final class AccountScope {
  public static final AccountScope ALL = new AccountScope(Kind.ALL, null, null);
  public static final AccountScope NONE = new AccountScope(Kind.NONE, null, null);

  private enum Kind {
    ALL,
    NONE,
    OWN,
    TEAM
  }

  private final Kind kind;
  private final Long userId;
  private final Long teamId;

  private AccountScope(Kind kind, Long userId, Long teamId) {
    this.kind = kind;
    this.userId = userId;
    this.teamId = teamId;
  }

  /** A rep: accounts they own or support as an account-team member. */
  public static AccountScope own(long userId) {
    return new AccountScope(Kind.OWN, userId, null);
  }

  /** A manager: accounts owned by anyone in their team, plus their own. */
  public static AccountScope team(long userId, long teamId) {
    return new AccountScope(Kind.TEAM, userId, teamId);
  }

  public boolean isAll() {
    return kind == Kind.ALL;
  }

  /** JPQL predicate over an {@code Account} alias. */
  public String jpql(String alias) {
    String member =
        "exists (select 1 from AccountTeamMember m where m.id.accountId = "
            + alias
            + ".id and m.id.userId = :scopeUser)";
    return switch (kind) {
      case ALL -> "(1 = 1)";
      case NONE -> "(1 = 0)";
      case OWN -> "(" + alias + ".owner.id = :scopeUser or " + member + ")";
      case TEAM ->
          "("
              + alias
              + ".owner.id = :scopeUser or "
              + alias
              + ".owner.id in (select u.id from AppUser u where u.team.id = :scopeTeam) or "
              + member
              + ")";
    };
  }

  /** The same predicate in SQL over an {@code account} table alias, for native analytics. */
  public String sql(String alias) {
    return sqlOver(alias + ".id", alias + ".owner_id");
  }

  /**
   * The SQL predicate over an account's id and owner columns, also for rows that outlive their
   * account (tombstones keep both): account-team membership counts only while the account exists.
   */
  public String sqlOver(String accountId, String ownerId) {
    String member =
        "exists (select 1 from account_team_member m where m.account_id = "
            + accountId
            + " and m.user_id = :scopeUser)";
    return switch (kind) {
      case ALL -> "(1 = 1)";
      case NONE -> "(1 = 0)";
      case OWN -> "(" + ownerId + " = :scopeUser or " + member + ")";
      case TEAM ->
          "("
              + ownerId
              + " = :scopeUser or "
              + ownerId
              + " in (select u.id from app_user u where u.team_id = :scopeTeam) or "
              + member
              + ")";
    };
  }

  /** The parameters the predicate names; bind all of them. */
  public Map<String, Object> params() {
    return switch (kind) {
      case ALL, NONE -> Map.of();
      case OWN -> Map.of("scopeUser", userId);
      case TEAM -> Map.of("scopeUser", userId, "scopeTeam", teamId);
    };
  }
}
