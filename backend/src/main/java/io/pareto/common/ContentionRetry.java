package io.pareto.common;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Runs a {@link RetriedOnContention} method again when its transaction lost a race for locks.
 * Outside the transaction interceptor (a lower priority runs first), so every attempt is a fresh
 * transaction with a fresh persistence context; nested calls, already inside a transaction, pass
 * straight through.
 */
@RetriedOnContention
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ContentionRetry {
  static final int ATTEMPTS = 5;
  private static final Logger LOG = Logger.getLogger(ContentionRetry.class);

  /**
   * 40001 serialization failure (H2: deadlock), 40P01 deadlock, 55P03 lock not available, HYT00 H2
   * lock timeout.
   */
  private static final Set<String> STATES = Set.of("40001", "40P01", "55P03", "HYT00");

  private final TransactionManager tm;

  public ContentionRetry(TransactionManager tm) {
    this.tm = tm;
  }

  @AroundInvoke
  Object retry(InvocationContext ctx) throws Exception {
    if (tm.getStatus() != Status.STATUS_NO_TRANSACTION) return ctx.proceed();
    for (int attempt = 1; ; attempt++) {
      try {
        return ctx.proceed();
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isContention(e)) throw e;
        LOG.debugf(
            "%s lost a race for locks (attempt %d), running it again",
            ctx.getMethod().getName(), attempt);
        // jitter, so the losers do not collide again in step
        Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
      }
    }
  }

  /** Whether the failure is a lost race for locks, anywhere in its causes. */
  public static boolean isContention(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s
          && s.getSQLState() != null
          && STATES.contains(s.getSQLState())) return true;
      if (t.getCause() == t) break;
    }
    return false;
  }
}
