package io.pareto.classification;

import io.pareto.account.AccountDeleting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * Result rows carry no foreign keys (V87: a run writes 100k of them); an account's go with the
 * account. Rows are indexed by (run_id, account_id) only (V88): an account's are found run by run.
 */
@ApplicationScoped
public class ClassificationResults {
  /**
   * FROM clause for one account's result rows (parameter {@code :a}) with their runs, aliases
   * {@code r} and {@code run}: it walks the runs and probes the primary key for each; newest first
   * is {@code ORDER BY run.id DESC}.
   */
  static final String OF_ACCOUNT =
      " FROM classification_run run JOIN classification_result r"
          + " ON r.run_id = run.id AND r.account_id = :a";

  private final EntityManager em;

  public ClassificationResults(EntityManager em) {
    this.em = em;
  }

  void onAccountDeleting(@Observes AccountDeleting e) {
    em.createNativeQuery(
            "DELETE FROM classification_result WHERE account_id = :a"
                + " AND run_id IN (SELECT id FROM classification_run)")
        .setParameter("a", e.accountId())
        .executeUpdate();
  }
}
