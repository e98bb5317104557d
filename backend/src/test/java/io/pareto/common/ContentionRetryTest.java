package io.pareto.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lost lock races are run again in a fresh transaction; anything else, or a nested call, is not.
 */
@QuarkusTest
class ContentionRetryTest {
  @Inject FlakyWriter writer;

  @BeforeEach
  void reset() {
    writer.reset();
  }

  @Test
  void aDeadlockIsRetriedUntilTheWriteGoesThrough() {
    assertEquals(3, writer.write(2, "40P01"), "third attempt succeeds");
    reset();
    assertEquals(2, writer.write(1, "40001"));
    reset();
    assertEquals(2, writer.write(1, "HYT00"), "H2 lock timeout");
  }

  @Test
  void aRaceThatOutlastsEveryAttemptReachesTheCaller() {
    assertThrows(IllegalStateException.class, () -> writer.write(99, "40P01"));
    assertEquals(ContentionRetry.ATTEMPTS, writer.calls());
  }

  @Test
  void aRealConflictIsNotRetried() {
    assertThrows(IllegalStateException.class, () -> writer.write(1, "23505"));
    assertEquals(1, writer.calls(), "a duplicate key is the client's business");
  }

  @Test
  void aCallInsideAnOpenTransactionIsLeftToTheOuterWriter() {
    assertThrows(
        IllegalStateException.class,
        () -> QuarkusTransaction.requiringNew().run(() -> writer.write(1, "40P01")));
    assertEquals(1, writer.calls(), "retrying inside would reuse the doomed transaction");
  }
}
