package io.pareto.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed sign-ins per email and per client address, counted in the database so that every
 * backend instance sees the same numbers. Past the limit, sign-in is refused for the rest of
 * the window whether or not the password is right, and whether or not the user exists.
 */
@ApplicationScoped
public class LoginThrottle {
  private final EntityManager em;
  private final int maxPerUser;
  private final int maxPerIp;
  private final Duration window;

  public LoginThrottle(EntityManager em,
      @ConfigProperty(name = "pareto.security.login.max-failures-per-user") int maxPerUser,
      @ConfigProperty(name = "pareto.security.login.max-failures-per-ip") int maxPerIp,
      @ConfigProperty(name = "pareto.security.login.window") Duration window) {
    this.em = em;
    this.maxPerUser = maxPerUser;
    this.maxPerIp = maxPerIp;
    this.window = window;
  }

  /** How long the caller must wait, if either the email or the address has used up its attempts. */
  public Optional<Duration> retryAfter(String email, String ip) {
    return QuarkusTransaction.joiningExisting().call(() -> {
      Instant now = Instant.now();
      Instant since = now.minus(window);
      // Both limits in one statement: this runs on every password-authenticated request.
      Object[] row = (Object[]) em.createQuery("select"
              + " sum(case when f.email = :email then 1 else 0 end),"
              + " min(case when f.email = :email then f.occurredAt end),"
              + " sum(case when f.ip = :ip then 1 else 0 end),"
              + " min(case when f.ip = :ip then f.occurredAt end)"
              + " from LoginFailure f where (f.email = :email or f.ip = :ip) and f.occurredAt > :since")
          .setParameter("email", email).setParameter("ip", ip).setParameter("since", since).getSingleResult();
      Optional<Duration> byUser = wait(row[0], row[1], maxPerUser, now);
      return byUser.isPresent() ? byUser : wait(row[2], row[3], maxPerIp, now);
    });
  }

  private Optional<Duration> wait(Object count, Object oldest, int max, Instant now) {
    if (count == null || ((Number) count).longValue() < max) return Optional.empty();
    Duration left = Duration.between(now, ((Instant) oldest).plus(window));
    return Optional.of(left.isNegative() ? Duration.ofSeconds(1) : left);
  }

  /** Records a failure in its own transaction, so it counts even though the request fails. */
  public void recordFailure(String email, String ip) {
    QuarkusTransaction.requiringNew().run(() -> {
      LoginFailure f = new LoginFailure();
      f.email = email;
      f.ip = ip;
      f.occurredAt = Instant.now();
      em.persist(f);
      // Old rows say nothing any more; dropping them here keeps the table small without a job.
      em.createQuery("delete from LoginFailure f where f.occurredAt < :old")
          .setParameter("old", Instant.now().minus(window.multipliedBy(4))).executeUpdate();
    });
  }
}
