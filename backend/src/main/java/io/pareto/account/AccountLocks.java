package io.pareto.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serialises the writers of one account's derived rows (decision-map summary, deal stage summary):
 * each takes a row lock on the account before it deletes and re-inserts them, so two transactions
 * never rebuild the same rows from different snapshots. Read committed: once the lock is granted,
 * the rebuild's statements see what the previous holder committed. Several accounts are locked in
 * id order, so two writers cannot wait on each other.
 */
@ApplicationScoped
public class AccountLocks {
  private final EntityManager em;
  private final String clause;

  public AccountLocks(
      EntityManager em, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
    this.em = em;
    // PostgreSQL: NO KEY UPDATE, because inserting a child row took KEY SHARE on the account (the
    // foreign
    // key check); FOR UPDATE conflicts with the KEY SHARE of every other writer and would deadlock
    // them.
    this.clause = dbKind.startsWith("postgres") ? " FOR NO KEY UPDATE" : " FOR UPDATE";
  }

  /** Locks these accounts until the transaction ends. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lock(Collection<Long> accountIds) {
    if (accountIds.isEmpty()) return;
    em.createNativeQuery("SELECT id FROM account WHERE id IN (:ids) ORDER BY id" + clause)
        .setParameter("ids", accountIds)
        .getResultList();
  }

  /**
   * Locks the accounts an SQL select of account ids names (e.g. every account an import touched).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lockWhere(String accountIdsSql, Map<String, Object> params) {
    var q =
        em.createNativeQuery(
            "SELECT id FROM account WHERE id IN (" + accountIdsSql + ") ORDER BY id" + clause);
    params.forEach(q::setParameter);
    q.getResultList();
  }
}
