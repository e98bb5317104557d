package io.pareto.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.user.AppUser;
import io.pareto.user.Credentials;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An unknown email costs the same bcrypt work as a known one with a wrong password, so timing does
 * not tell which emails exist. Runs at the production cost (10); the suite's default cost 4 would
 * hide a cheaper dummy hash.
 */
@QuarkusTest
@TestProfile(SignInTimingTest.ProductionCost.class)
class SignInTimingTest {
  private static final int SAMPLES = 31;

  public static class ProductionCost implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      // Only the timing is under test here: no attempt may be refused by the throttle.
      return Map.of(
          "pareto.security.bcrypt-cost",
          "10",
          "pareto.security.login.max-failures-per-user-and-ip",
          "100000",
          "pareto.security.login.max-failures-per-ip",
          "100000",
          "pareto.security.login.user-delay-after",
          "100000");
    }
  }

  @Inject Credentials credentials;
  @Inject EntityManager em;

  @Test
  void unknownEmailAndWrongPasswordTakeTheSameTime() {
    String known = "timing-" + UUID.randomUUID() + "@pareto.test";
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              AppUser u = new AppUser();
              u.email = known;
              u.name = "计时 测试";
              u.role = Role.REP;
              u.passwordHash = BcryptUtil.bcryptHash("the-right-password", 10);
              em.persist(u);
            });
    // Warm both paths (JIT, the dummy hash's one-off computation) before measuring.
    for (int i = 0; i < 3; i++) {
      credentials.verify(known, "wrong", "10.9.9.9", AuthKind.SESSION);
      credentials.verify("nobody-" + i + "@pareto.test", "wrong", "10.9.9.9", AuthKind.SESSION);
    }
    long[] knownNs = new long[SAMPLES];
    long[] unknownNs = new long[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      // Interleaved, alternating which goes first, so drift in machine load hits both alike.
      boolean knownFirst = i % 2 == 0;
      if (knownFirst) knownNs[i] = time(known);
      unknownNs[i] = time("nobody-" + UUID.randomUUID() + "@pareto.test");
      if (!knownFirst) knownNs[i] = time(known);
    }
    double k = median(knownNs);
    double u = median(unknownNs);
    double difference = Math.abs(k - u) / Math.max(k, u);
    assertTrue(
        difference < 0.20,
        String.format(
            "median known-wrong %.1f ms, unknown %.1f ms (%.0f%% apart)",
            k / 1e6, u / 1e6, difference * 100));
  }

  private long time(String email) {
    long start = System.nanoTime();
    assertTrue(credentials.verify(email, "wrong-password", "10.9.9.9", AuthKind.SESSION).isEmpty());
    return System.nanoTime() - start;
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
