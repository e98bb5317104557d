package io.pareto.analytics;

import io.pareto.account.AccountDeleting;
import io.pareto.fact.FactSummaries;
import io.pareto.fact.FactSummaryChanged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The whole portfolio's figures (pareto_summary, input_output_summary, V260): derived from the fact
 * summary, emptied in the transaction of every change to it, filled by the first read after. Both
 * happen under the summary's lock, so a fill never stores what a concurrent write is changing.
 */
@ApplicationScoped
public class PortfolioSummaries {
  private final EntityManager em;
  private final FactSummaries summaries;

  public PortfolioSummaries(EntityManager em, FactSummaries summaries) {
    this.em = em;
    this.summaries = summaries;
  }

  void onSummaryChanged(@Observes FactSummaryChanged e) {
    clear();
  }

  /** The account's summary rows go with it by foreign key, past FactSummaries. */
  void onAccountDeleting(@Observes AccountDeleting e) {
    summaries.lock();
    clear();
  }

  private void clear() {
    em.createNativeQuery("DELETE FROM pareto_summary").executeUpdate();
    em.createNativeQuery("DELETE FROM input_output_summary").executeUpdate();
  }

  /**
   * The stored figures, or, when there are none, {@code compute} run and kept by {@code store} in a
   * transaction of its own that holds the summary's lock (and looks again first: another request
   * may have filled them meanwhile).
   */
  <T> T readOrFill(
      Supplier<Optional<T>> read, Supplier<T> compute, java.util.function.Consumer<T> store) {
    Optional<T> stored = read.get();
    if (stored.isPresent()) return stored.get();
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              summaries.lock();
              Optional<T> again = read.get();
              if (again.isPresent()) return again.get();
              T fresh = compute.get();
              store.accept(fresh);
              return fresh;
            });
  }
}
