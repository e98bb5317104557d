package io.pareto.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
    Instant now = Instant.now();
    ObjectNode body = mapper.createObjectNode();
    body.put("id", UUID.randomUUID().toString());
    body.put("type", type);
    body.put("occurredAt", now.toString());
    body.set("data", mapper.valueToTree(data));
    em.createNativeQuery(
            "insert into webhook_delivery (endpoint_id, event_type, record_key, payload, status,"
                + " attempts, created_at, retry_until, next_attempt_at) select e.id, ?1, ?2, ?3,"
                + " ?4, 0, ?5, ?6, ?5 from webhook_endpoint e where e.enabled and e.event_types"
                + " like ?7")
        .setParameter(1, type)
        .setParameter(2, recordKey)
        .setParameter(3, body.toString())
        .setParameter(4, PENDING)
        .setParameter(5, now.atOffset(ZoneOffset.UTC))
        .setParameter(6, now.plus(retryFor).atOffset(ZoneOffset.UTC))
        .setParameter(7, "%," + type + ",%")
        .executeUpdate();
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
