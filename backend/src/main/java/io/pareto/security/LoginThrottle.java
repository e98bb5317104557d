package io.pareto.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sign-in attempts, reserved in the database before the password is checked, so that parallel
 * attempts cannot all pass the check before any failure is counted, and every backend instance sees
 * the same numbers. Three counters per attempt:
 *
 * <ul>
 *   <li>per (email, address): a hard limit per window — an attacker locks out only themselves;
 *   <li>per address: a looser hard limit per window (an office may share one address);
 *   <li>per email, whatever the address: free attempts, then a delay that doubles with each further
 *       attempt up to a cap — distributed guessing is slowed to a crawl, the owner is never locked
 *       out.
 * </ul>
 *
 * Each reservation is one UPDATE on one row outside any transaction: the row lock makes concurrent
 * reservations queue, and the WHERE clause is re-checked against the row they find.
 */
@ApplicationScoped
public class LoginThrottle {
  private static final String HARD =
      "UPDATE login_throttle SET"
          + " attempts = CASE WHEN window_start <= ? THEN 1 ELSE attempts + 1 END,"
          + " window_start = CASE WHEN window_start <= ? THEN ? ELSE window_start END, last_attempt = ?"
          + " WHERE throttle_key = ? AND (window_start <= ? OR attempts < ?)";
  // The exponent is capped so POWER never overflows; LEAST caps the delay itself.
  private static final String DELAYED =
      "UPDATE login_throttle SET"
          + " attempts = CASE WHEN window_start <= ? THEN 1 ELSE attempts + 1 END,"
          + " window_start = CASE WHEN window_start <= ? THEN ? ELSE window_start END, last_attempt = ?"
          + " WHERE throttle_key = ? AND (window_start <= ? OR attempts < ?"
          + " OR last_attempt + LEAST(?, ? * POWER(2, LEAST(attempts - ?, 30))) <= ?)";
  private static final String CREATE =
      "INSERT INTO login_throttle (throttle_key, window_start, attempts, last_attempt) VALUES (?, ?, 1, ?)";
  private static final String READ =
      "SELECT window_start, attempts, last_attempt FROM login_throttle WHERE throttle_key = ?";
  private static final String RELEASE =
      "UPDATE login_throttle SET attempts = attempts - 1 WHERE throttle_key = ? AND attempts > 0";
  private static final String RESET =
      "UPDATE login_throttle SET attempts = 0 WHERE throttle_key = ?";
  private static final int IN_FLIGHT_WAITS = 20;
  private static final long IN_FLIGHT_WAIT_MS = 50;
  private static final Logger LOG = Logger.getLogger(LoginThrottle.class);
  private static final String PURGE = "DELETE FROM login_throttle WHERE last_attempt < ?";

  private final AgroalDataSource dataSource;
  private final int maxPerUserAndIp;
  private final int maxPerIp;
  private final int freePerUser;
  private final long userDelayMs;
  private final long userDelayMaxMs;
  private final long windowMs;

  public LoginThrottle(
      AgroalDataSource dataSource,
      @ConfigProperty(name = "pareto.security.login.max-failures-per-user-and-ip")
          int maxPerUserAndIp,
      @ConfigProperty(name = "pareto.security.login.max-failures-per-ip") int maxPerIp,
      @ConfigProperty(name = "pareto.security.login.user-delay-after") int freePerUser,
      @ConfigProperty(name = "pareto.security.login.user-delay") Duration userDelay,
      @ConfigProperty(name = "pareto.security.login.user-delay-max") Duration userDelayMax,
      @ConfigProperty(name = "pareto.security.login.window") Duration window) {
    this.dataSource = dataSource;
    this.maxPerUserAndIp = maxPerUserAndIp;
    this.maxPerIp = maxPerIp;
    this.freePerUser = freePerUser;
    this.userDelayMs = userDelay.toMillis();
    this.userDelayMaxMs = userDelayMax.toMillis();
    this.windowMs = window.toMillis();
  }

  /** The three counters one attempt holds until it is known to have succeeded or failed. */
  public record Reservation(String pair, String address, String user) {}

  /**
   * Takes one attempt from each of the three counters, or none.
   *
   * @throws Throttled when a counter has no attempt left; nothing stays reserved then
   */
  public Reservation reserve(String email, String ip) {
    Reservation r = new Reservation("p:" + email + "|" + ip, "a:" + ip, "u:" + email);
    // A counter may be full of attempts still in flight (parallel requests of one integration over
    // Basic): those give their attempt back when their password proves right, so wait a little for
    // them before refusing. Wrong passwords keep theirs, so an attack is still refused past the
    // limit.
    for (int round = 0; ; round++) {
      try (Connection c = dataSource.getConnection()) {
        long now = System.currentTimeMillis();
        String refused = takeAll(c, r);
        if (refused == null) return r;
        if (round >= IN_FLIGHT_WAITS)
          throw new Throttled(Duration.ofMillis(waitFor(c, refused, now)));
      } catch (SQLException e) {
        throw new IllegalStateException("login throttle unavailable", e);
      }
      try {
        Thread.sleep(IN_FLIGHT_WAIT_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Throttled(Duration.ofSeconds(1));
      }
    }
  }

  /**
   * Takes one attempt from each counter, or none: the key of the counter that refused, else null.
   */
  private String takeAll(Connection c, Reservation r) throws SQLException {
    long now = System.currentTimeMillis();
    List<String> taken = new ArrayList<>(3);
    for (String key : List.of(r.pair(), r.address(), r.user())) {
      if (!take(c, key, now)) {
        for (String k : taken) update(c, RELEASE, k);
        return key;
      }
      taken.add(key);
    }
    return null;
  }

  /**
   * The right password: this attempt does not count, and the pair starts afresh. One row per
   * statement, in the order they were reserved, so concurrent releases never lock rows crosswise;
   * the caller is signed in either way, so a failure here is logged, not answered.
   */
  public void succeeded(Reservation r) {
    try (Connection c = dataSource.getConnection()) {
      update(c, RESET, r.pair());
      update(c, RELEASE, r.address());
      update(c, RELEASE, r.user());
    } catch (SQLException e) {
      LOG.warnf(
          "login throttle: attempts of a successful sign-in not given back: %s", e.getMessage());
    }
  }

  /** A wrong password keeps its reservation; counters long outside any window are dropped here. */
  public void failed(Reservation r) {
    run(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(PURGE)) {
            ps.setLong(1, System.currentTimeMillis() - 4 * Math.max(windowMs, userDelayMaxMs));
            ps.executeUpdate();
          }
        });
  }

  private boolean take(Connection c, String key, long now) throws SQLException {
    if (reserveExisting(c, key, now)) return true;
    try (PreparedStatement ps = c.prepareStatement(CREATE)) {
      ps.setString(1, key);
      ps.setLong(2, now);
      ps.setLong(3, now);
      ps.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (!"23505".equals(e.getSQLState())) throw e;
      return reserveExisting(c, key, now); // another request created the row first
    }
  }

  private boolean reserveExisting(Connection c, String key, long now) throws SQLException {
    boolean delayed = key.startsWith("u:");
    try (PreparedStatement ps = c.prepareStatement(delayed ? DELAYED : HARD)) {
      long expired = now - windowMs;
      ps.setLong(1, expired);
      ps.setLong(2, expired);
      ps.setLong(3, now);
      ps.setLong(4, now);
      ps.setString(5, key);
      ps.setLong(6, expired);
      ps.setInt(7, delayed ? freePerUser : key.startsWith("p:") ? maxPerUserAndIp : maxPerIp);
      if (delayed) {
        ps.setLong(8, userDelayMaxMs);
        ps.setLong(9, userDelayMs);
        ps.setInt(10, freePerUser);
        ps.setLong(11, now);
      }
      return ps.executeUpdate() == 1;
    }
  }

  /** Milliseconds until the counter that refused would accept an attempt again. */
  private long waitFor(Connection c, String key, long now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(READ)) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return 1000;
        long windowEnds = rs.getLong("window_start") + windowMs;
        long until = windowEnds;
        if (key.startsWith("u:")) {
          long delay =
              Math.min(
                  userDelayMaxMs,
                  userDelayMs << Math.max(0, Math.min(rs.getInt("attempts") - freePerUser, 30)));
          until = Math.min(windowEnds, rs.getLong("last_attempt") + delay);
        }
        return Math.max(1000, until - now);
      }
    }
  }

  private static void update(Connection c, String sql, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, key);
      ps.executeUpdate();
    }
  }

  private interface Work {
    void run(Connection c) throws SQLException;
  }

  private void run(Work work) {
    try (Connection c = dataSource.getConnection()) {
      work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException("login throttle unavailable", e);
    }
  }
}
