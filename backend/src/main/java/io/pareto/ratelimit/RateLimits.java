package io.pareto.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-token request counters in fixed windows, in the database so every instance counts the same
 * requests. A request costs one auto-commit upsert that returns the new count (PostgreSQL: INSERT …
 * ON CONFLICT … RETURNING; H2: MERGE inside FINAL TABLE); no read-then-write race, no lock held
 * past the statement.
 */
@ApplicationScoped
public class RateLimits {
  private static final String POSTGRES =
      "INSERT INTO rate_limit_counter (token_id, window_start, hits)"
          + " VALUES (?, ?, 1) ON CONFLICT (token_id, window_start)"
          + " DO UPDATE SET hits = rate_limit_counter.hits + 1 RETURNING hits";
  private static final String H2 =
      "SELECT hits FROM FINAL TABLE (MERGE INTO rate_limit_counter c"
          + " USING (VALUES (CAST(? AS BIGINT), CAST(? AS BIGINT))) v(t, w) ON c.token_id = v.t AND c.window_start = v.w"
          + " WHEN MATCHED THEN UPDATE SET hits = c.hits + 1"
          + " WHEN NOT MATCHED THEN INSERT (token_id, window_start, hits) VALUES (v.t, v.w, 1))";

  /**
   * The outcome of counting one request: the limit, what is left of it, and seconds until the
   * window resets.
   */
  public record Usage(int limit, int remaining, long resetSeconds, boolean exceeded) {}

  private final AgroalDataSource dataSource;
  private final String upsert;
  private final long windowSeconds;
  private final Map<String, Integer> limits;

  public RateLimits(
      AgroalDataSource dataSource,
      @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
      @ConfigProperty(name = "pareto.rate-limit.window") Duration window,
      @ConfigProperty(name = "pareto.rate-limit.read-only") int readOnly,
      @ConfigProperty(name = "pareto.rate-limit.read-write") int readWrite) {
    this.dataSource = dataSource;
    this.upsert = dbKind.startsWith("postgres") ? POSTGRES : H2;
    this.windowSeconds = Math.max(1, window.toSeconds());
    this.limits = Map.of("READ_ONLY", readOnly, "READ_WRITE", readWrite);
  }

  /**
   * Counts a request of token {@code tokenId} with {@code scope}; a limit of 0 or less means
   * unlimited.
   */
  public Usage count(long tokenId, String scope, Instant now) {
    int limit = limits.getOrDefault(scope, 0);
    if (limit <= 0) return null;
    long epoch = now.getEpochSecond();
    long windowStart = epoch - Math.floorMod(epoch, windowSeconds);
    long reset = windowStart + windowSeconds - epoch;
    int hits = increment(tokenId, windowStart);
    return new Usage(limit, Math.max(0, limit - hits), reset, hits > limit);
  }

  private int increment(long tokenId, long windowStart) {
    try (Connection c = dataSource.getConnection()) {
      try {
        return upsert(c, tokenId, windowStart);
      } catch (SQLException e) {
        // H2's MERGE is not atomic against a concurrent first insert of the window: the second one
        // retries.
        if (!"23505".equals(e.getSQLState())) throw e;
        return upsert(c, tokenId, windowStart);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("rate limit count failed", e);
    }
  }

  private int upsert(Connection c, long tokenId, long windowStart) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(upsert)) {
      ps.setLong(1, tokenId);
      ps.setLong(2, windowStart);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt("hits");
      }
    }
  }

  /** Windows that ended are of no use; any instance may delete them. */
  @Scheduled(
      identity = "rate-limit-purge",
      every = "10m",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void purge() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("DELETE FROM rate_limit_counter WHERE window_start < ?")) {
      ps.setLong(1, Instant.now().getEpochSecond() - 2 * windowSeconds);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("rate limit purge failed", e);
    }
  }
}
