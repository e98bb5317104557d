package io.pareto.security;

import io.pareto.common.ProblemException;
import java.time.Duration;
import java.util.Map;

/** Too many failed sign-ins: answered 429 with Retry-After. */
public class Throttled extends ProblemException {
  private final Duration retryAfter;

  public Throttled(Duration retryAfter) {
    super(Kind.THROTTLED, "TOO_MANY_ATTEMPTS", "Too many failed sign-ins; try again later", null);
    this.retryAfter = retryAfter;
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", String.valueOf(retryAfterSeconds()));
  }

  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
