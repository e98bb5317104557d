package io.pareto.security;

import io.pareto.user.AppUser;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * Email + password against the user table (bcrypt), behind the login throttle. Used by the SPA's
 * sign-in and by HTTP Basic alike, so neither is a way around the other's limits.
 */
@ApplicationScoped
public class Credentials {
  // Compared against when the user is unknown, so timing does not reveal which emails exist.
  private static final String DUMMY_HASH = BcryptUtil.bcryptHash("pareto-timing-equaliser", 4);

  private final EntityManager em;
  private final LoginThrottle throttle;

  public Credentials(EntityManager em, LoginThrottle throttle) {
    this.em = em;
    this.throttle = throttle;
  }

  /**
   * The active user with this email and password; empty for a wrong password or unknown email
   * (recorded as a failure). Blocking: call from a worker thread.
   *
   * @throws Throttled when the email or the client address has too many recent failures
   */
  public Optional<AppUser> verify(String rawEmail, String password, String ip) {
    String email = rawEmail == null ? "" : rawEmail.trim().toLowerCase();
    String client = ip == null ? "unknown" : ip;
    throttle.retryAfter(email, client).ifPresent(wait -> {
      throw new Throttled(wait);
    });
    AppUser user = QuarkusTransaction.requiringNew().call(() -> em
        .createQuery("from AppUser u left join fetch u.team where lower(u.email) = :email and u.active = true", AppUser.class)
        .setParameter("email", email).getResultStream().findFirst().orElse(null));
    String hash = user != null && user.passwordHash != null ? user.passwordHash : DUMMY_HASH;
    boolean ok = password != null && BcryptUtil.matches(password, hash);
    if (user == null || user.passwordHash == null || !ok) {
      throttle.recordFailure(email, client);
      return Optional.empty();
    }
    return Optional.of(user);
  }
}
