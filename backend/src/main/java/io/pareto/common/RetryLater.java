package io.pareto.common;

import java.util.Map;

/**
 * A refusal the client may simply send again after a while: answered with Retry-After (seconds).
 */
public class RetryLater extends ProblemException {
  private final long seconds;

  public RetryLater(Kind kind, String code, String detail, long seconds, Object... args) {
    super(kind, code, detail, null, args);
    this.seconds = Math.max(1, seconds);
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", String.valueOf(seconds));
  }
}
