package io.pareto.decisionmap;

import io.pareto.account.AccountLocks;
import io.pareto.contact.ContactsChanged;
import io.pareto.dataset.Dataset;
import io.pareto.dataset.DatasetImported;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Keeps the stored decision-map summary ({@link SummarySql}) in step with contacts, roles and
 * relationship owners: each write refreshes its account, set-based, in the writer's transaction.
 * Links and deal buying centres do not feed score or gaps; the category lives on the account, which
 * the portfolio joins, so classification runs need nothing here.
 */
@ApplicationScoped
public class DecisionMapSummaries {
  /**
   * Accounts whose stored contact count no longer matches (an import moved contacts away from
   * them).
   */
  private static final String MISCOUNTED =
      "select s.account_id from "
          + SummarySql.SUMMARY
          + " s left join "
          + "(select account_id, count(*) as n from contact group by account_id) c on c.account_id = s.account_id "
          + "where coalesce(c.n, 0) <> s.contacts";

  private final EntityManager em;
  private final AccountLocks locks;

  public DecisionMapSummaries(EntityManager em, AccountLocks locks) {
    this.em = em;
    this.locks = locks;
  }

  /**
   * Rebuilds the summary rows of these accounts from their contacts (5 statements, the first locks
   * them).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void refresh(Collection<Long> accountIds) {
    if (accountIds.isEmpty()) return;
    em.flush();
    locks.lock(accountIds);
    for (String sql : SummarySql.refresh("(:ids)")) {
      em.createNativeQuery(sql).setParameter("ids", accountIds).executeUpdate();
    }
  }

  void onContactsChanged(@Observes ContactsChanged e) {
    refresh(List.of(e.accountId()));
  }

  /**
   * After a contact import: the accounts whose contacts were written since the import began, plus
   * those that lost contacts to another account. Key persons first, while the summary still tells
   * which accounts lost contacts; then the summary rows of every account with contacts but no row.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void onImport(@Observes DatasetImported e) {
    if (e.dataset() != Dataset.CONTACTS) return;
    String touched =
        "(select account_id from contact where updated_at >= :since union " + MISCOUNTED + ")";
    locks.lockWhere(touched.substring(1, touched.length() - 1), Map.of("since", e.since()));
    em.createNativeQuery(SummarySql.deleteKeyPersons(touched))
        .setParameter("since", e.since())
        .executeUpdate();
    em.createNativeQuery(SummarySql.insertKeyPersons("c.account_id in " + touched))
        .setParameter("since", e.since())
        .executeUpdate();
    em.createNativeQuery(SummarySql.deleteSummaries(touched))
        .setParameter("since", e.since())
        .executeUpdate();
    em.createNativeQuery(
            SummarySql.insertSummaries(
                "not exists (select 1 from "
                    + SummarySql.SUMMARY
                    + " s where s.account_id = c.account_id)"))
        .executeUpdate();
  }
}
