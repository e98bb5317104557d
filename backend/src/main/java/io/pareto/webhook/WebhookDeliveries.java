package io.pareto.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/** The outbox's queries for the worker: claim due rows, record what sending them did. */
@ApplicationScoped
public class WebhookDeliveries {
  static final String DELIVERED = "DELIVERED";
  static final String FAILED = "FAILED";

  /** A claimed delivery with what sending it needs; {@code attempts} counts this one. */
  public record Claimed(
      long id,
      long endpointId,
      String url,
      String secret,
      String eventType,
      String payload,
      int attempts,
      Instant retryUntil) {}

  /** What one attempt did; {@code nextAttemptAt} is null once delivered or given up. */
  public record Outcome(
      long id,
      long endpointId,
      boolean delivered,
      boolean givenUp,
      Integer statusCode,
      String error,
      Instant attemptedAt,
      Instant nextAttemptAt) {}

  private final EntityManager em;
  private final boolean postgres;

  public WebhookDeliveries(
      EntityManager em, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
    this.em = em;
    this.postgres = dbKind.startsWith("postgres");
  }

  /**
   * Locks up to {@code n} due deliveries and leases them for {@code lease} (a crashed sender's rows
   * come due again). A delivery waits while an earlier one for the same record and endpoint is
   * still pending, which keeps each record's events in order. On PostgreSQL SKIP LOCKED lets
   * instances claim side by side without ever taking the same row; H2 (one instance) locks plainly.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  @SuppressWarnings("unchecked")
  public List<Claimed> claim(int n, Duration lease) {
    Instant now = Instant.now();
    List<Number> ids =
        em.createNativeQuery(
                "select d.id from webhook_delivery d where d.status = 'PENDING'"
                    + " and d.next_attempt_at <= ?1"
                    + " and d.endpoint_id in (select e.id from webhook_endpoint e where e.enabled)"
                    + " and not exists (select 1 from webhook_delivery p where p.endpoint_id ="
                    + " d.endpoint_id and p.record_key = d.record_key and p.id < d.id and"
                    + " p.status = 'PENDING') order by d.id fetch first "
                    + n
                    + " rows only for update"
                    + (postgres ? " skip locked" : ""))
            .setParameter(1, now.atOffset(ZoneOffset.UTC))
            .getResultList();
    if (ids.isEmpty()) return List.of();
    List<Long> longs = ids.stream().map(Number::longValue).toList();
    em.createNativeQuery(
            "update webhook_delivery set attempts = attempts + 1, last_attempt_at = ?1,"
                + " next_attempt_at = ?2 where id in (?3)")
        .setParameter(1, now.atOffset(ZoneOffset.UTC))
        .setParameter(2, now.plus(lease).atOffset(ZoneOffset.UTC))
        .setParameter(3, longs)
        .executeUpdate();
    List<Tuple> rows =
        em.createNativeQuery(
                "select d.id, d.endpoint_id, e.url, e.secret, d.event_type, d.payload, d.attempts,"
                    + " d.retry_until from webhook_delivery d join webhook_endpoint e on e.id ="
                    + " d.endpoint_id where d.id in (?1) order by d.id",
                Tuple.class)
            .setParameter(1, longs)
            .getResultList();
    List<Claimed> out = new ArrayList<>();
    for (Tuple r : rows) {
      out.add(
          new Claimed(
              ((Number) r.get(0)).longValue(),
              ((Number) r.get(1)).longValue(),
              (String) r.get(2),
              (String) r.get(3),
              (String) r.get(4),
              r.get(5).toString(),
              ((Number) r.get(6)).intValue(),
              instant(r.get(7))));
    }
    return out;
  }

  /** Writes every outcome in one JDBC batch, and disables endpoints whose deliveries gave up. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(List<Outcome> outcomes) {
    Set<Long> disable = new LinkedHashSet<>();
    em.unwrap(Session.class)
        .doWork(
            conn -> {
              try (PreparedStatement ps =
                  conn.prepareStatement(
                      "update webhook_delivery set status = ?, last_status_code = ?, last_error ="
                          + " ?, last_attempt_at = ?, next_attempt_at = ?, delivered_at = ? where"
                          + " id = ?")) {
                for (Outcome o : outcomes) {
                  String status = o.delivered() ? DELIVERED : o.givenUp() ? FAILED : "PENDING";
                  if (o.givenUp()) disable.add(o.endpointId());
                  ps.setString(1, status);
                  if (o.statusCode() == null) ps.setNull(2, Types.INTEGER);
                  else ps.setInt(2, o.statusCode());
                  String err = o.error();
                  ps.setString(
                      3, err == null ? null : err.substring(0, Math.min(err.length(), 500)));
                  ps.setObject(4, o.attemptedAt().atOffset(ZoneOffset.UTC));
                  ps.setObject(
                      5,
                      (o.nextAttemptAt() == null ? o.attemptedAt() : o.nextAttemptAt())
                          .atOffset(ZoneOffset.UTC));
                  if (o.delivered()) ps.setObject(6, o.attemptedAt().atOffset(ZoneOffset.UTC));
                  else ps.setNull(6, Types.TIMESTAMP_WITH_TIMEZONE);
                  ps.setLong(7, o.id());
                  ps.addBatch();
                }
                ps.executeBatch();
              }
            });
    if (!disable.isEmpty()) {
      em.createNativeQuery(
              "update webhook_endpoint set enabled = false, disabled_reason = 'DELIVERY_FAILED',"
                  + " version = version + 1, updated_at = ?1 where id in (?2)")
          .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC))
          .setParameter(2, List.copyOf(disable))
          .executeUpdate();
    }
  }

  static Instant instant(Object v) {
    if (v == null) return null;
    if (v instanceof Instant i) return i;
    if (v instanceof OffsetDateTime o) return o.toInstant();
    if (v instanceof Timestamp t) return t.toInstant();
    if (v instanceof java.time.ZonedDateTime z) return z.toInstant();
    throw new IllegalStateException("unexpected timestamp " + v.getClass());
  }
}
