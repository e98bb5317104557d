package io.pareto.classification;

import io.pareto.account.Account;
import io.pareto.account.AccountService;
import io.pareto.account.Category;
import io.pareto.audit.AuditTrail;
import io.pareto.common.ProblemException;
import io.pareto.security.AccountScope;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Lost reasons and win-back on LOST accounts (docs/method.md §2: win it back, first understand
 * why).
 */
@ApplicationScoped
public class LostAccounts {
  private final EntityManager em;
  private final AccountService accounts;
  private final AuditTrail audit;
  private final Caller caller;

  public LostAccounts(EntityManager em, AccountService accounts, AuditTrail audit, Caller caller) {
    this.em = em;
    this.accounts = accounts;
    this.audit = audit;
    this.caller = caller;
  }

  public Optional<LossDto> get(long accountId) {
    accounts.requireVisible(accountId);
    return Optional.ofNullable(em.find(AccountLoss.class, accountId)).map(LossDto::of);
  }

  /**
   * Records why the account was lost and how winning it back goes; only LOST accounts (409
   * otherwise).
   */
  @Transactional
  public LossDto record(long accountId, LossInput in) {
    Account a = accounts.requireVisible(accountId);
    if (a.category != Category.LOST) {
      throw ProblemException.conflict("Account " + accountId + " is " + a.category + ", not LOST");
    }
    AccountLoss l = em.find(AccountLoss.class, accountId);
    LossDto before = l == null ? null : LossDto.of(l);
    Instant now = Instant.now();
    if (l == null) {
      l = new AccountLoss();
      l.accountId = accountId;
      l.createdAt = now;
    }
    l.reason = in.reason();
    l.reasonText = in.reasonText();
    l.competitor = in.competitor();
    l.winBackStatus = in.winBackStatus() == null ? WinBackStatus.NOT_STARTED : in.winBackStatus();
    l.updatedAt = now;
    if (before == null) em.persist(l);
    em.flush();
    LossDto after = LossDto.of(l);
    if (before == null) audit.created("ACCOUNT_LOSS", accountId, accountId, after);
    else audit.updated("ACCOUNT_LOSS", accountId, accountId, before, after);
    return after;
  }

  /**
   * Counts per reason and win-back status over the LOST accounts in the caller's scope: one GROUP
   * BY.
   */
  public LossStatisticsDto statistics() {
    AccountScope scope = caller.scope();
    Query q =
        em.createNativeQuery(
            "SELECT l.reason, COUNT(a.id),"
                + " SUM(CASE WHEN l.win_back_status = 'NOT_STARTED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN l.win_back_status = 'IN_PROGRESS' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN l.win_back_status = 'WON_BACK' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN l.win_back_status = 'ABANDONED' THEN 1 ELSE 0 END)"
                + " FROM account a LEFT JOIN account_loss l ON l.account_id = a.id"
                + " WHERE a.category = 'LOST' AND "
                + scope.sql("a")
                + " GROUP BY l.reason ORDER BY l.reason");
    scope.params().forEach(q::setParameter);
    long lost = 0;
    long without = 0;
    List<LossStatisticsDto.ByReason> by = new java.util.ArrayList<>();
    for (Object o : q.getResultList()) {
      Object[] r = (Object[]) o;
      long count = ((Number) r[1]).longValue();
      lost += count;
      if (r[0] == null) {
        without = count;
        continue;
      }
      by.add(
          new LossStatisticsDto.ByReason(
              AccountLostReason.valueOf(r[0].toString()),
              count,
              n(r[2]),
              n(r[3]),
              n(r[4]),
              n(r[5])));
    }
    return new LossStatisticsDto(lost, without, by);
  }

  private static long n(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }
}
