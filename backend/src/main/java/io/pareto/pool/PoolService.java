package io.pareto.pool;

import io.pareto.account.AccountDto;
import io.pareto.account.AccountLocks;
import io.pareto.account.AccountService;
import io.pareto.account.Category;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.ProblemException;
import io.pareto.security.Caller;
import io.pareto.security.OwnerPolicy;
import io.pareto.security.Role;
import io.pareto.user.AppUser;
import io.pareto.user.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Claim (领取), assign (分配) and release (退回公海): each one conditional UPDATE of the account, so of two
 * callers moving the same account at once exactly one wins and the other gets a 409. A rep and a
 * manager work their own team's pool; an admin every pool.
 */
@ApplicationScoped
public class PoolService {
  private final EntityManager em;
  private final Caller caller;
  private final CurrentUser currentUser;
  private final OwnerPolicy ownerPolicy;
  private final PoolQueries queries;
  private final PoolRules rules;
  private final PoolMoves moves;
  private final AccountService accounts;
  private final AccountLocks locks;
  private final String userLock;

  public PoolService(
      EntityManager em,
      Caller caller,
      CurrentUser currentUser,
      OwnerPolicy ownerPolicy,
      PoolQueries queries,
      PoolRules rules,
      PoolMoves moves,
      AccountService accounts,
      AccountLocks locks,
      @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
    this.em = em;
    this.caller = caller;
    this.currentUser = currentUser;
    this.ownerPolicy = ownerPolicy;
    this.queries = queries;
    this.rules = rules;
    this.moves = moves;
    this.accounts = accounts;
    this.locks = locks;
    // NO KEY UPDATE on PostgreSQL: rows referencing the user (activities, the claimed account's
    // owner_id) only take KEY SHARE, which FOR UPDATE would block
    this.userLock = dbKind.startsWith("postgres") ? " for no key update" : " for update";
  }

  public Page<PoolAccountDto> list(PoolFilter filter, PageRequest page) {
    if (caller.hasRole(Role.ADMIN)) return queries.page(filter.teamId, filter, page);
    Long team = callerTeam();
    if (team == null || (filter.teamId != null && !filter.teamId.equals(team))) {
      return new Page<>(List.of(), page.page, page.size, 0);
    }
    return queries.page(team, filter, page);
  }

  /** The caller takes the account from their team's pool, within their claim limit. */
  @Transactional
  public AccountDto claim(long accountId, Long expectedVersion) {
    AppUser me = currentUser.get().orElseThrow(ProblemException::unauthorized);
    return take(accountId, expectedVersion, me, PoolMoveKind.CLAIM);
  }

  /** A manager (or admin) gives a pool account to a member of the team (OwnerPolicy decides). */
  @Transactional
  public AccountDto assign(long accountId, Long expectedVersion, long userId) {
    ownerPolicy.checkAssign("userId", true, null, userId);
    AppUser to = em.find(AppUser.class, userId);
    if (!to.active) throw ProblemException.badRequest("userId", "user " + userId + " is inactive");
    return take(accountId, expectedVersion, to, PoolMoveKind.ASSIGN);
  }

  private AccountDto take(long accountId, Long expectedVersion, AppUser to, PoolMoveKind move) {
    // the row lock first: of two callers at once the second reads the first one's outcome
    locks.lock(List.of(accountId));
    PoolQueries.State s = visibleInPool(accountId);
    if (expectedVersion != null && expectedVersion != s.version()) {
      throw ProblemException.staleVersion(expectedVersion, s.version());
    }
    // one holder's claims in a row, so two at once cannot both pass the limit
    em.createNativeQuery("select id from app_user where id = :u" + userLock)
        .setParameter("u", to.id)
        .getResultList();
    Long team = to.team == null ? null : to.team.id;
    int limit = rules.effective(team).claimLimit();
    if (queries.held(to.id) >= limit) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT,
          "POOL_CLAIM_LIMIT",
          to.name + " already holds " + limit + " accounts from the pool, the limit",
          null,
          to.name,
          limit);
    }
    Instant now = Instant.now();
    int moved =
        em.createNativeQuery(
                "update account set owner_id = :to, owner_since = :now, claimed_at = :now,"
                    + " pooled_at = null, pool_reason = null, previous_owner_id = null,"
                    + " updated_at = :now, version = version + 1"
                    + " where id = :id and owner_id is null")
            .setParameter("to", to.id)
            .setParameter("now", PoolMoves.utc(now))
            .setParameter("id", accountId)
            .executeUpdate();
    if (moved == 0) throw taken(accountId); // cannot happen under the row lock; never move twice
    moves.record(
        accountId,
        move,
        s.poolTeam(),
        new PoolMoves.Owner(null, null),
        new PoolMoves.Owner(to.id, to.name),
        null,
        now);
    em.clear(); // the native UPDATE bypassed the persistence context
    return accounts.get(accountId).orElseThrow();
  }

  /**
   * The owner (or their manager, or an admin) returns the account to the owner's team pool. KEY
   * accounts are never released: their relationship is what the method sustains.
   */
  @Transactional
  public void release(long accountId, long expectedVersion, String reason) {
    AccountDto a = accounts.get(accountId).orElseThrow(() -> notFound(accountId));
    locks.lock(List.of(accountId));
    PoolQueries.State s = queries.state(accountId).orElseThrow(() -> notFound(accountId));
    if (s.version() != expectedVersion) {
      throw ProblemException.staleVersion(expectedVersion, s.version());
    }
    if (s.ownerId() == null) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT,
          "POOL_ALREADY_IN_POOL",
          "Account " + accountId + " is already in the pool",
          null,
          accountId);
    }
    if (!mayRelease(s)) {
      throw ProblemException.forbidden(
          "only the owner, their manager or an admin may release this account", null);
    }
    if (s.category() == Category.KEY) {
      throw ProblemException.ruleViolated(
          "POOL_KEY_ACCOUNT", "KEY accounts are never released to the pool");
    }
    Instant now = Instant.now();
    em.createNativeQuery(
            "update account set pool_team_id = :team, previous_owner_id = owner_id,"
                + " pooled_at = :now, pool_reason = 'RELEASED', owner_id = null,"
                + " owner_since = null, claimed_at = null, updated_at = :now,"
                + " version = version + 1 where id = :id")
        .unwrap(org.hibernate.query.NativeQuery.class)
        .setParameter("team", s.ownerTeam(), Long.class)
        .setParameter("now", PoolMoves.utc(now))
        .setParameter("id", accountId)
        .executeUpdate();
    moves.record(
        accountId,
        PoolMoveKind.RELEASE,
        s.ownerTeam(),
        new PoolMoves.Owner(s.ownerId(), a.ownerName()),
        new PoolMoves.Owner(null, null),
        reason.trim(),
        now);
    em.clear();
  }

  private boolean mayRelease(PoolQueries.State s) {
    if (caller.hasRole(Role.ADMIN) || Objects.equals(s.ownerId(), caller.userId())) return true;
    return caller.hasRole(Role.MANAGER)
        && s.ownerTeam() != null
        && s.ownerTeam().equals(callerTeam());
  }

  /**
   * The account as the caller may see it in a pool: 404 when it is in none of theirs, 409 when
   * someone took it from their pool a moment ago.
   */
  private PoolQueries.State visibleInPool(long accountId) {
    PoolQueries.State s = queries.state(accountId).orElseThrow(() -> notFound(accountId));
    boolean admin = caller.hasRole(Role.ADMIN);
    Long team = callerTeam();
    boolean mine = admin || (team != null && team.equals(s.poolTeam()));
    if (!mine) throw notFound(accountId);
    if (s.ownerId() != null) {
      // taken from this pool: say so; an account that was never in it stays unknown
      if (s.claimed()) throw taken(accountId);
      throw notFound(accountId);
    }
    return s;
  }

  private Long callerTeam() {
    return caller.teamId();
  }

  private static ProblemException notFound(long id) {
    return ProblemException.notFound("Pool account", id);
  }

  private static ProblemException taken(long id) {
    return new ProblemException(
        ProblemException.Kind.CONFLICT,
        "POOL_ACCOUNT_TAKEN",
        "Account " + id + " was just claimed or assigned by someone else",
        null,
        id);
  }
}
