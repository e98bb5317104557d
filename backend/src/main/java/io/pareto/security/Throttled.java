package io.pareto.security;

import java.time.Duration;

/** Too many failed sign-ins: answered 429 with Retry-After. */
public class Throttled extends RuntimeException {
  private final Duration retryAfter;

  public Throttled(Duration retryAfter) {
    super("Too many failed sign-ins; try again later");
    this.retryAfter = retryAfter;
  }

  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
