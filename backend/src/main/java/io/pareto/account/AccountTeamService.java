package io.pareto.account;

import io.pareto.audit.AuditTrail;
import io.pareto.common.ProblemException;
import io.pareto.user.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The account team (docs/method.md §12): the account manager stays the single interface, others
 * support and share the account's visibility. Only visible accounts are touched (else 404).
 */
@ApplicationScoped
public class AccountTeamService {
  private final AccountService accounts;
  private final EntityManager em;
  private final AuditTrail audit;

  public AccountTeamService(AccountService accounts, EntityManager em, AuditTrail audit) {
    this.accounts = accounts;
    this.em = em;
    this.audit = audit;
  }

  public List<AccountTeamMemberDto> list(long accountId) {
    accounts.requireVisible(accountId);
    return em.createQuery(
            "select new io.pareto.account.AccountTeamMemberDto(m.id.accountId, u.id, u.name, u.email, "
                + "m.teamRole, m.createdAt) from AccountTeamMember m, AppUser u where u.id = m.id.userId "
                + "and m.id.accountId = :a order by u.name, u.id",
            AccountTeamMemberDto.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  /** Adds the user to the account team, or changes their part in it. */
  @Transactional
  public AccountTeamMemberDto put(long accountId, long userId, AccountTeamInput in) {
    accounts.requireVisible(accountId);
    AppUser user = em.find(AppUser.class, userId);
    if (user == null || !user.active) throw ProblemException.notFound("User", userId);
    AccountTeamMember m =
        em.find(AccountTeamMember.class, new AccountTeamMember.Key(accountId, userId));
    AccountTeamMemberDto before = m == null ? null : dto(m, user);
    if (m == null) {
      m = new AccountTeamMember();
      m.id = new AccountTeamMember.Key(accountId, userId);
      m.createdAt = Instant.now();
      m.teamRole = in.teamRole();
      em.persist(m);
      audit.created("ACCOUNT_TEAM_MEMBER", accountId + ":" + userId, accountId, dto(m, user));
    } else {
      m.teamRole = in.teamRole();
      audit.updated(
          "ACCOUNT_TEAM_MEMBER", accountId + ":" + userId, accountId, before, dto(m, user));
    }
    return dto(m, user);
  }

  @Transactional
  public void remove(long accountId, long userId) {
    accounts.requireVisible(accountId);
    AccountTeamMember m =
        em.find(AccountTeamMember.class, new AccountTeamMember.Key(accountId, userId));
    if (m == null) throw ProblemException.notFound("Account team member", userId);
    audit.deleted(
        "ACCOUNT_TEAM_MEMBER",
        accountId + ":" + userId,
        accountId,
        dto(m, em.find(AppUser.class, userId)));
    em.remove(m);
  }

  private static AccountTeamMemberDto dto(AccountTeamMember m, AppUser u) {
    return new AccountTeamMemberDto(
        m.id.accountId(), u.id, u.name, u.email, m.teamRole, m.createdAt);
  }
}
