package io.pareto.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A write that loses its first {@code failures} attempts with the given SQLState (for
 * ContentionRetryTest).
 */
@ApplicationScoped
@RetriedOnContention
public class FlakyWriter {
  private final AtomicInteger calls = new AtomicInteger();

  // methods, not the field: the test holds a client proxy, whose own fields are not the bean's
  public int calls() {
    return calls.get();
  }

  public void reset() {
    calls.set(0);
  }

  @Transactional
  public int write(int failures, String sqlState) {
    int n = calls.incrementAndGet();
    if (n <= failures)
      throw new IllegalStateException("write failed", new SQLException("lost", sqlState));
    return n;
  }
}
