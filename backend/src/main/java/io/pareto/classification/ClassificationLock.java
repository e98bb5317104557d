package io.pareto.classification;

import io.pareto.common.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;

/**
 * The database lock that keeps runs one at a time across backend instances: taking it inserts the
 * row 'run' (primary key) in its own transaction, so a second taker fails at once.
 */
@ApplicationScoped
public class ClassificationLock {
  static final String NAME = "run";

  /** A holder that crashed leaves its row; after this long the row no longer blocks. */
  static final Duration STALE = Duration.ofHours(1);

  private final EntityManager em;

  public ClassificationLock(EntityManager em) {
    this.em = em;
  }

  /** Takes the lock or throws a 409 problem. */
  public void acquire(String holder) {
    Instant now = Instant.now();
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                em.createNativeQuery(
                        "DELETE FROM classification_lock WHERE name = :n AND acquired_at < :stale")
                    .setParameter("n", NAME)
                    .setParameter("stale", now.minus(STALE))
                    .executeUpdate();
                em.createNativeQuery(
                        "INSERT INTO classification_lock (name, holder, acquired_at) VALUES (:n, :h, :t)")
                    .setParameter("n", NAME)
                    .setParameter("h", holder)
                    .setParameter("t", now)
                    .executeUpdate();
              });
    } catch (RuntimeException e) {
      if (isHeld())
        throw ProblemException.conflict(
            "A classification run is already in progress; try again when it has finished");
      throw e;
    }
  }

  public void release() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery("DELETE FROM classification_lock WHERE name = :n")
                    .setParameter("n", NAME)
                    .executeUpdate());
  }

  public boolean isHeld() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                            em.createNativeQuery(
                                    "SELECT COUNT(*) FROM classification_lock WHERE name = :n")
                                .setParameter("n", NAME)
                                .getSingleResult())
                        .longValue()
                    > 0);
  }
}
