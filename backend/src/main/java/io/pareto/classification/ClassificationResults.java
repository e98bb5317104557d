package io.pareto.classification;

import io.pareto.account.AccountDeleting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * Result rows carry no foreign keys (V87: a run writes 100k of them); an account's go with the account.
 * Rows are indexed by (run_id, account_id) only (V88): an account's are found run by run.
 */
@ApplicationScoped
public class ClassificationResults {
  private final EntityManager em;

  public ClassificationResults(EntityManager em) {
    this.em = em;
  }

  void onAccountDeleting(@Observes AccountDeleting e) {
    em.createNativeQuery("DELETE FROM classification_result WHERE account_id = :a"
        + " AND run_id IN (SELECT id FROM classification_run)")
        .setParameter("a", e.accountId()).executeUpdate();
  }
}
