package io.pareto.support;

import io.pareto.demo.DemoData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;

/**
 * The demo dataset in the test database, loaded at most once per test run and committed, so every
 * test that checks what the demo shows reads the same rows (its users and industries are unique).
 */
@ApplicationScoped
public class DemoFixture {
  private final DemoData demo;
  private final EntityManager em;

  public DemoFixture(DemoData demo, EntityManager em) {
    this.demo = demo;
    this.em = em;
  }

  /** The month the demo facts end before (facts cover the 24 months up to the previous one). */
  public YearMonth ensureLoaded() {
    YearMonth current = YearMonth.now();
    // Generous timeout: loading the demo on a busy machine takes longer than the default 60 s.
    QuarkusTransaction.requiringNew()
        .timeout(600)
        .run(
            () -> {
              if (em.createQuery(
                          "select count(u) from AppUser u where u.email = 'admin@pareto.demo'",
                          Long.class)
                      .getSingleResult()
                  == 0) {
                demo.load(current);
              }
            });
    return current;
  }
}
