package io.pareto.idempotency;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The idempotency keys of all instances, in the database. Each step is one auto-commit statement:
 * the claim must be visible to a concurrent request on another instance before the first request's
 * own transaction even starts, and the primary key (user, key) decides which of two simultaneous
 * requests wins.
 */
@ApplicationScoped
public class IdempotencyStore {
  private static final String UNIQUE_VIOLATION = "23505";

  /**
   * What a claim found: this request runs, or an earlier one with the same key decides the answer.
   */
  public sealed interface Claim {}

  public record Owned(long userId, String key) implements Claim {}

  public record Mismatch() implements Claim {}

  public record InProgress() implements Claim {}

  public record Stored(int status, String contentType, String location, String etag, String body)
      implements Claim {}

  private final AgroalDataSource dataSource;
  private final Duration retention;
  private final Duration abandonedAfter;

  public IdempotencyStore(
      AgroalDataSource dataSource,
      @ConfigProperty(name = "pareto.idempotency.retention") Duration retention,
      @ConfigProperty(name = "pareto.idempotency.abandoned-after") Duration abandonedAfter) {
    this.dataSource = dataSource;
    this.retention = retention;
    this.abandonedAfter = abandonedAfter;
  }

  public Claim claim(long userId, String key, String requestHash) {
    try (Connection c = dataSource.getConnection()) {
      for (int attempt = 0; attempt < 3; attempt++) {
        if (insert(c, userId, key, requestHash) || takeOver(c, userId, key, requestHash)) {
          return new Owned(userId, key);
        }
        Claim existing = read(c, userId, key, requestHash);
        if (existing != null) return existing;
        // The row was released between our insert and our read: try again.
      }
      return new InProgress();
    } catch (SQLException e) {
      throw new IllegalStateException("idempotency key claim failed", e);
    }
  }

  /** The stored answer, or still in progress; null once the key is free again. */
  public Claim lookUp(long userId, String key, String requestHash) {
    try (Connection c = dataSource.getConnection()) {
      return read(c, userId, key, requestHash);
    } catch (SQLException e) {
      throw new IllegalStateException("idempotency key look-up failed", e);
    }
  }

  public void complete(
      Owned owned, int status, String contentType, String location, String etag, String body) {
    update(
        "UPDATE idempotency_key SET status = ?, content_type = ?, location = ?, etag = ?, body = ?"
            + " WHERE user_id = ? AND idem_key = ? AND status IS NULL",
        ps -> {
          ps.setInt(1, status);
          ps.setString(2, contentType);
          ps.setString(3, location);
          ps.setString(4, etag);
          ps.setString(5, body);
          ps.setLong(6, owned.userId());
          ps.setString(7, owned.key());
        });
  }

  /** Frees the key after an answer a retry may well change (a failure, a conflict, a limit). */
  public void release(Owned owned) {
    update(
        "DELETE FROM idempotency_key WHERE user_id = ? AND idem_key = ? AND status IS NULL",
        ps -> {
          ps.setLong(1, owned.userId());
          ps.setString(2, owned.key());
        });
  }

  /** Deletes keys past the retention window; returns how many. */
  public int purge() {
    return update(
        "DELETE FROM idempotency_key WHERE created_at < ?",
        ps -> ps.setObject(1, now().minus(retention)));
  }

  private boolean insert(Connection c, long userId, String key, String hash) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO idempotency_key (user_id, idem_key, request_hash, created_at) VALUES (?, ?, ?, ?)")) {
      ps.setLong(1, userId);
      ps.setString(2, key);
      ps.setString(3, hash);
      ps.setObject(4, now());
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) return false;
      throw e;
    }
  }

  /**
   * An expired key, or one whose request never answered (its instance died), is taken over
   * atomically.
   */
  private boolean takeOver(Connection c, long userId, String key, String hash) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE idempotency_key SET request_hash = ?, created_at = ?,"
                + " status = NULL, content_type = NULL, location = NULL, etag = NULL, body = NULL"
                + " WHERE user_id = ? AND idem_key = ? AND (created_at < ? OR (status IS NULL AND created_at < ?))")) {
      OffsetDateTime now = now();
      ps.setString(1, hash);
      ps.setObject(2, now);
      ps.setLong(3, userId);
      ps.setString(4, key);
      ps.setObject(5, now.minus(retention));
      ps.setObject(6, now.minus(abandonedAfter));
      return ps.executeUpdate() == 1;
    }
  }

  private Claim read(Connection c, long userId, String key, String hash) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT request_hash, status, content_type, location, etag, body"
                + " FROM idempotency_key WHERE user_id = ? AND idem_key = ?")) {
      ps.setLong(1, userId);
      ps.setString(2, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return null;
        if (!rs.getString("request_hash").equals(hash)) return new Mismatch();
        Integer status = rs.getObject("status", Integer.class);
        if (status == null) return new InProgress();
        return new Stored(
            status,
            rs.getString("content_type"),
            rs.getString("location"),
            rs.getString("etag"),
            rs.getString("body"));
      }
    }
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private int update(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("idempotency key update failed", e);
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
