package io.pareto.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SPA session as a signed cookie: {@code
 * v2.<userId>.<generation>.<issued>.<lastSeen>.<csrf>.<hmac>}. Why our own cookie and not Quarkus
 * form auth: the SPA signs in with JSON at /api/v1/session and needs a CSRF token bound to the
 * session; a signed cookie keeps the server stateless (instances share only PostgreSQL) and the
 * user row is still read on every request, so a deactivated user loses access at once. Nothing
 * secret is inside, so signing is enough.
 */
@ApplicationScoped
public class SessionCookies {
  public static final String SESSION = "pareto_session";
  public static final String CSRF = "pareto_csrf";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SigningKey key;
  private final Duration idle;
  private final Duration lifetime;

  public SessionCookies(
      SigningKey key,
      @ConfigProperty(name = "pareto.session.idle-timeout") Duration idle,
      @ConfigProperty(name = "pareto.session.max-lifetime") Duration lifetime) {
    this.key = key;
    this.idle = idle;
    this.lifetime = lifetime;
  }

  /** What a valid session cookie says. */
  /**
   * {@code generation}: the user's session generation at sign-in; a password reset or deactivation
   * moves it on.
   */
  public record Claims(long userId, int generation, Instant issued, Instant lastSeen, String csrf) {
    public Claims(long userId, Instant issued, Instant lastSeen, String csrf) {
      this(userId, 0, issued, lastSeen, csrf);
    }
  }

  public Claims open(long userId) {
    return open(userId, 0);
  }

  public Claims open(long userId, int generation) {
    byte[] csrf = new byte[24];
    RANDOM.nextBytes(csrf);
    Instant now = Instant.now();
    return new Claims(userId, generation, now, now, B64.encodeToString(csrf));
  }

  public String seal(Claims c) {
    String body =
        "v2."
            + c.userId()
            + "."
            + c.generation()
            + "."
            + c.issued().getEpochSecond()
            + "."
            + c.lastSeen().getEpochSecond()
            + "."
            + c.csrf();
    return body + "." + sign(body);
  }

  /** The claims of an authentic, unexpired cookie; empty for anything else. */
  public Optional<Claims> read(String value) {
    if (value == null || value.length() > 300) return Optional.empty();
    int cut = value.lastIndexOf('.');
    if (cut < 0) return Optional.empty();
    String body = value.substring(0, cut);
    if (!MessageDigest.isEqual(
        sign(body).getBytes(StandardCharsets.US_ASCII),
        value.substring(cut + 1).getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    String[] p = body.split("\\.");
    if (p.length != 6 || !"v2".equals(p[0])) return Optional.empty();
    try {
      Claims c =
          new Claims(
              Long.parseLong(p[1]),
              Integer.parseInt(p[2]),
              Instant.ofEpochSecond(Long.parseLong(p[3])),
              Instant.ofEpochSecond(Long.parseLong(p[4])),
              p[5]);
      Instant now = Instant.now();
      if (c.lastSeen().plus(idle).isBefore(now) || c.issued().plus(lifetime).isBefore(now))
        return Optional.empty();
      return Optional.of(c);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * A still-valid session is re-issued at most once a minute, which is what makes the timeout
   * "idle".
   */
  public Optional<Claims> refreshed(Claims c) {
    Instant now = Instant.now();
    return c.lastSeen().plusSeconds(60).isBefore(now)
        ? Optional.of(new Claims(c.userId(), c.generation(), c.issued(), now, c.csrf()))
        : Optional.empty();
  }

  private String sign(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
      return B64.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
