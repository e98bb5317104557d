package io.pareto.user;

import io.pareto.audit.AccessAudit;
import io.pareto.security.AuthKind;
import io.pareto.security.LoginThrottle;
import io.pareto.security.Throttled;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Email + password against the user table (bcrypt), behind the login throttle. Used by the SPA's
 * sign-in and by HTTP Basic alike, so neither is a way around the other's limits.
 */
@ApplicationScoped
public class Credentials {
  private final EntityManager em;
  private final LoginThrottle throttle;
  private final AccessAudit audit;
  private final int bcryptCost;
  // Checked when the user is unknown or has no password: the same bcrypt work as a real user's
  // hash (the configured cost), so the answer's timing does not tell which emails exist.
  private volatile String dummyHash;

  public Credentials(
      EntityManager em,
      LoginThrottle throttle,
      AccessAudit audit,
      @ConfigProperty(name = "pareto.security.bcrypt-cost") int bcryptCost) {
    this.em = em;
    this.throttle = throttle;
    this.audit = audit;
    this.bcryptCost = bcryptCost;
  }

  /**
   * The active user with this email and password; empty for a wrong password or unknown email. The
   * attempt is reserved before the password is checked, so parallel attempts cannot outrun the
   * throttle; failures and throttling are audited. Blocking: call from a worker thread.
   *
   * @param via how the password came (SESSION for the SPA's sign-in, BASIC), for the audit
   * @throws Throttled when the pair, the address or the email has no attempt left
   */
  public Optional<AppUser> verify(String rawEmail, String password, String ip, AuthKind via) {
    String email = rawEmail == null ? "" : rawEmail.trim().toLowerCase();
    String client = ip == null ? "unknown" : ip;
    Map<String, String> details = Map.of("address", client, "via", via.name());
    LoginThrottle.Reservation reservation;
    try {
      reservation = throttle.reserve(email, client);
    } catch (Throttled t) {
      audit.record(AccessAudit.Action.THROTTLED, "USER", email, email, details);
      throw t;
    }
    AppUser user =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createQuery(
                            "from AppUser u left join fetch u.team where lower(u.email) = :email and u.active = true",
                            AppUser.class)
                        .setParameter("email", email)
                        .getResultStream()
                        .findFirst()
                        .orElse(null));
    String hash = user != null && user.passwordHash != null ? user.passwordHash : dummyHash();
    boolean ok = password != null && BcryptUtil.matches(password, hash);
    if (user == null || user.passwordHash == null || !ok) {
      throttle.failed(reservation);
      audit.record(
          AccessAudit.Action.SIGN_IN_FAILED,
          "USER",
          user == null ? email : user.id,
          email,
          details);
      return Optional.empty();
    }
    throttle.succeeded(reservation);
    return Optional.of(user);
  }

  private String dummyHash() {
    String h = dummyHash;
    if (h == null) dummyHash = h = BcryptUtil.bcryptHash("pareto-timing-equaliser", bcryptCost);
    return h;
  }
}
