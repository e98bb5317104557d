package io.pareto.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;

/** A classification run that moved one account between categories, written directly. */
@ApplicationScoped
public class TimelineFixtures {
  private final EntityManager em;

  public TimelineFixtures(EntityManager em) {
    this.em = em;
  }

  @Transactional
  public long categoryChange(long accountId, String from, String to, Instant at) {
    Number policy =
        (Number)
            em.createNativeQuery("select min(version) from classification_policy")
                .getSingleResult();
    em.createNativeQuery(
            "insert into classification_run (as_of, policy_version, requested_by, started_at) "
                + "values (:asOf, :policy, 'fixture', :at)")
        .setParameter("asOf", LocalDate.ofInstant(at, java.time.ZoneOffset.UTC))
        .setParameter("policy", policy)
        .setParameter("at", at)
        .executeUpdate();
    long run =
        ((Number) em.createNativeQuery("select max(id) from classification_run").getSingleResult())
            .longValue();
    em.createNativeQuery(
            "insert into classification_result (run_id, account_id, previous_category, category, "
                + "policy_category, source, rule, revenue12, gross_profit12, revenue_prev12) "
                + "values (:run, :acc, :from, :to, :to, 'POLICY', 'fixture', 0, 0, 0)")
        .setParameter("run", run)
        .setParameter("acc", accountId)
        .setParameter("from", from)
        .setParameter("to", to)
        .executeUpdate();
    return run;
  }
}
