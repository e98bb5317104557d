package io.pareto.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Session expiry and tamper resistance, without booting the app. */
class SessionCookiesTest {
  private final SessionCookies cookies = cookies("k".repeat(40));

  private static SessionCookies cookies(String secret) {
    SigningKey key = new SigningKey(null);
    key.configured = Optional.of(secret);
    return new SessionCookies(key, Duration.ofHours(8), Duration.ofHours(24));
  }

  @Test
  void aFreshSessionReadsBackWithItsCsrfToken() {
    SessionCookies.Claims c = cookies.open(7);
    SessionCookies.Claims read = cookies.read(cookies.seal(c)).orElseThrow();
    assertEquals(7, read.userId());
    assertEquals(c.csrf(), read.csrf());
    assertTrue(cookies.refreshed(read).isEmpty(), "not re-issued within the first minute");
  }

  @Test
  void idleAndAbsoluteTimeoutsEndTheSession() {
    Instant now = Instant.now();
    var idle =
        new SessionCookies.Claims(
            7, now.minus(Duration.ofHours(9)), now.minus(Duration.ofHours(8).plusSeconds(5)), "c");
    var old = new SessionCookies.Claims(7, now.minus(Duration.ofHours(25)), now, "c");
    var active =
        new SessionCookies.Claims(
            7, now.minus(Duration.ofHours(20)), now.minus(Duration.ofHours(7)), "c");
    assertTrue(cookies.read(cookies.seal(idle)).isEmpty());
    assertTrue(cookies.read(cookies.seal(old)).isEmpty());
    SessionCookies.Claims stillValid = cookies.read(cookies.seal(active)).orElseThrow();
    SessionCookies.Claims renewed = cookies.refreshed(stillValid).orElseThrow();
    assertTrue(renewed.lastSeen().isAfter(now.minusSeconds(5)));
    assertEquals(stillValid.issued(), renewed.issued());
  }

  @Test
  void anyChangeOrAnotherKeyBreaksTheSignature() {
    String sealed = cookies.seal(cookies.open(7));
    assertTrue(cookies.read(sealed.replaceFirst("v2\\.7\\.", "v2.8.")).isEmpty());
    assertTrue(cookies("z".repeat(40)).read(sealed).isEmpty());
    assertTrue(cookies.read("garbage").isEmpty());
    assertTrue(cookies.read(null).isEmpty());
  }
}
