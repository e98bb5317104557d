package io.pareto.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Writes an event's deliveries, one per enabled endpoint subscribed to its type, in the caller's
 * transaction: a change that rolls back announces nothing, and one that commits cannot lose its
 * event. One INSERT ... SELECT per event, however many endpoints.
 */
@ApplicationScoped
public class WebhookOutbox {
  static final String PENDING = "PENDING";

  private final EntityManager em;
  private final ObjectMapper mapper;
  private final Duration retryFor;

  public WebhookOutbox(
      EntityManager em,
      ObjectMapper mapper,
      @ConfigProperty(name = "pareto.webhooks.retry-for", defaultValue = "24h") Duration retryFor) {
    this.em = em;
    this.mapper = mapper;
    this.retryFor = retryFor;
  }

  /**
   * @param type one of {@link WebhookEvents}
   * @param recordKey the record the event is about ("ACCOUNT:42"); its events go out in order
   * @param data the record as the API shows it (its DTO), or a summary
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void publish(String type, String recordKey, Object data) {
    publishAll(type, Map.of(recordKey, data));
  }

  /**
   * Events of one type about many records (record key → data, in the order they go out), as one
   * JDBC batch of INSERT ... SELECT.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void publishAll(String type, Map<String, ?> dataByRecordKey) {
    if (dataByRecordKey.isEmpty()) return;
    Instant now = Instant.now();
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    OffsetDateTime until = now.plus(retryFor).atOffset(ZoneOffset.UTC);
    em.unwrap(Session.class)
        .doWork(
            conn -> {
              try (PreparedStatement ps =
                  conn.prepareStatement(
                      "insert into webhook_delivery (endpoint_id, event_type, record_key, payload,"
                          + " status, attempts, created_at, retry_until, next_attempt_at) select"
                          + " e.id, ?, ?, ?, ?, 0, ?, ?, ? from webhook_endpoint e where e.enabled"
                          + " and e.event_types like ?")) {
                for (Map.Entry<String, ?> ev : dataByRecordKey.entrySet()) {
                  ps.setString(1, type);
                  ps.setString(2, ev.getKey());
                  ps.setString(3, body(type, now, ev.getValue()));
                  ps.setString(4, PENDING);
                  ps.setObject(5, at);
                  ps.setObject(6, until);
                  ps.setObject(7, at);
                  ps.setString(8, "%," + type + ",%");
                  ps.addBatch();
                }
                ps.executeBatch();
              }
            });
  }

  /**
   * A {@link WebhookEvents#TEST} delivery to one endpoint, whatever it subscribes to, so an admin
   * can see a signed request arrive; it goes out once the endpoint is enabled.
   *
   * @return the delivery's id
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public long publishTest(long endpointId) {
    Instant now = Instant.now();
    String payload = body(WebhookEvents.TEST, now, Map.of("endpointId", endpointId));
    return em.unwrap(Session.class)
        .doReturningWork(
            conn -> {
              try (PreparedStatement ps =
                  conn.prepareStatement(
                      "insert into webhook_delivery (endpoint_id, event_type, record_key, payload,"
                          + " status, attempts, created_at, retry_until, next_attempt_at) values"
                          + " (?, ?, ?, ?, ?, 0, ?, ?, ?)",
                      new String[] {"id"})) {
                ps.setLong(1, endpointId);
                ps.setString(2, WebhookEvents.TEST);
                ps.setString(3, "WEBHOOK:" + endpointId);
                ps.setString(4, payload);
                ps.setString(5, PENDING);
                ps.setObject(6, now.atOffset(ZoneOffset.UTC));
                ps.setObject(7, now.plus(retryFor).atOffset(ZoneOffset.UTC));
                ps.setObject(8, now.atOffset(ZoneOffset.UTC));
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                  keys.next();
                  return keys.getLong("id");
                }
              }
            });
  }

  /** Whether any enabled endpoint takes this type: lets a caller skip building many payloads. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean subscribed(String type) {
    return !em.createNativeQuery(
            "select 1 from webhook_endpoint e where e.enabled and e.event_types like ?1"
                + " fetch first 1 rows only")
        .setParameter(1, "%," + type + ",%")
        .getResultList()
        .isEmpty();
  }

  private String body(String type, Instant now, Object data) {
    ObjectNode body = mapper.createObjectNode();
    body.put("id", UUID.randomUUID().toString());
    body.put("type", type);
    body.put("occurredAt", now.toString());
    body.set("data", mapper.valueToTree(data));
    return body.toString();
  }

  /**
   * One account.category_changed per account a classification run moved, for every subscribed
   * endpoint: a single INSERT ... SELECT over the run's result rows, the payload built in SQL (its
   * values are ids, codes and a timestamp, none needing JSON escapes).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int publishCategoryChanges(long runId) {
    Instant now = Instant.now();
    String acc = "cast(r.account_id as varchar(20))";
    String type = WebhookEvents.ACCOUNT_CATEGORY_CHANGED;
    String payload =
        "'{\"id\":\"run-"
            + runId
            + "-' || "
            + acc
            + " || '\",\"type\":\""
            + type
            + "\",\"occurredAt\":\""
            + now
            + "\",\"data\":{\"accountId\":' || "
            + acc
            + " || ',\"category\":\"' || r.category || '\",\"previousCategory\":' ||"
            + " coalesce('\"' || r.previous_category || '\"', 'null') || ',\"runId\":"
            + runId
            + "}}'";
    return em.createNativeQuery(
            "insert into webhook_delivery (endpoint_id, event_type, record_key, payload, status,"
                + " attempts, created_at, retry_until, next_attempt_at) select e.id, ?1,"
                + " 'ACCOUNT:' || "
                + acc
                + ", "
                + payload
                + ", ?2, 0, ?3, ?4, ?3 from classification_result r cross join webhook_endpoint e"
                + " where r.run_id = ?5 and r.category <> r.previous_category and e.enabled and"
                + " e.event_types like ?6")
        .setParameter(1, type)
        .setParameter(2, PENDING)
        .setParameter(3, now.atOffset(ZoneOffset.UTC))
        .setParameter(4, now.plus(retryFor).atOffset(ZoneOffset.UTC))
        .setParameter(5, runId)
        .setParameter(6, "%," + type + ",%")
        .executeUpdate();
  }
}
