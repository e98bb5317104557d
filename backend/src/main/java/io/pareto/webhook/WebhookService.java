package io.pareto.webhook;

import io.pareto.common.ETags;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.Problem;
import io.pareto.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registering endpoints (ADMIN only, held by the resource), their delivery log and replays. */
@ApplicationScoped
public class WebhookService {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final EntityManager em;
  private final WebhookTargets targets;
  private final WebhookOutbox outbox;
  private final Duration retryFor;

  public WebhookService(
      EntityManager em,
      WebhookTargets targets,
      WebhookOutbox outbox,
      @ConfigProperty(name = "pareto.webhooks.retry-for", defaultValue = "24h") Duration retryFor) {
    this.em = em;
    this.targets = targets;
    this.outbox = outbox;
    this.retryFor = retryFor;
  }

  public List<WebhookEndpointDto> list() {
    return em.createQuery("select e from WebhookEndpoint e order by e.id", WebhookEndpoint.class)
        .getResultStream()
        .map(WebhookEndpointDto::of)
        .toList();
  }

  public WebhookEndpointDto get(long id) {
    return WebhookEndpointDto.of(require(id));
  }

  @Transactional
  public WebhookEndpointCreated create(WebhookInput in) {
    WebhookEndpoint e = new WebhookEndpoint();
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    e.secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    e.createdAt = Instant.now();
    apply(e, in);
    em.persist(e);
    em.flush();
    return new WebhookEndpointCreated(WebhookEndpointDto.of(e), e.secret);
  }

  @Transactional
  public WebhookEndpointDto replace(long id, long expectedVersion, WebhookInput in) {
    WebhookEndpoint e = require(id);
    ETags.check(expectedVersion, e.version);
    apply(e, in);
    em.flush();
    return WebhookEndpointDto.of(e);
  }

  @Transactional
  public void delete(long id, long expectedVersion) {
    WebhookEndpoint e = require(id);
    ETags.check(expectedVersion, e.version);
    em.remove(e);
  }

  /** The endpoint's deliveries, newest first. */
  @SuppressWarnings("unchecked")
  public Page<WebhookDeliveryDto> deliveries(long endpointId, PageRequest page) {
    require(endpointId);
    List<Tuple> rows =
        em.createNativeQuery(
                "select id, event_type, record_key, status, attempts, created_at, last_attempt_at,"
                    + " last_status_code, last_error, next_attempt_at, delivered_at,"
                    + " count(*) over () from webhook_delivery where endpoint_id = ?1"
                    + " order by id desc offset "
                    + page.offset()
                    + " rows fetch first "
                    + page.size
                    + " rows only",
                Tuple.class)
            .setParameter(1, endpointId)
            .getResultList();
    long total =
        rows.isEmpty()
            ? ((Number)
                    em.createNativeQuery(
                            "select count(*) from webhook_delivery where endpoint_id = ?1")
                        .setParameter(1, endpointId)
                        .getSingleResult())
                .longValue()
            : ((Number) rows.get(0).get(11)).longValue();
    return new Page<>(
        rows.stream().map(WebhookService::delivery).toList(), page.page, page.size, total);
  }

  /**
   * Sends a delivery again, with the same id (receivers that already have it may ignore it) and a
   * fresh retry window; it goes out once its endpoint is enabled.
   */
  @Transactional
  public WebhookDeliveryDto replay(long endpointId, long deliveryId) {
    require(endpointId);
    Instant now = Instant.now();
    int n =
        em.createNativeQuery(
                "update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at ="
                    + " ?1, retry_until = ?2, last_error = null where id = ?3 and endpoint_id = ?4")
            .setParameter(1, now.atOffset(ZoneOffset.UTC))
            .setParameter(2, now.plus(retryFor).atOffset(ZoneOffset.UTC))
            .setParameter(3, deliveryId)
            .setParameter(4, endpointId)
            .executeUpdate();
    if (n == 0) throw ProblemException.notFound("WebhookDelivery", deliveryId);
    return deliveries(endpointId, deliveryId);
  }

  /** Queues a {@code webhook.test} delivery to the endpoint and returns it. */
  @Transactional
  public WebhookDeliveryDto sendTest(long endpointId) {
    require(endpointId);
    return deliveries(endpointId, outbox.publishTest(endpointId));
  }

  private WebhookDeliveryDto deliveries(long endpointId, long deliveryId) {
    Tuple r =
        (Tuple)
            em.createNativeQuery(
                    "select id, event_type, record_key, status, attempts, created_at,"
                        + " last_attempt_at, last_status_code, last_error, next_attempt_at,"
                        + " delivered_at from webhook_delivery where id = ?1 and endpoint_id = ?2",
                    Tuple.class)
                .setParameter(1, deliveryId)
                .setParameter(2, endpointId)
                .getSingleResult();
    return delivery(r);
  }

  private static WebhookDeliveryDto delivery(Tuple r) {
    String status = (String) r.get(3);
    return new WebhookDeliveryDto(
        ((Number) r.get(0)).longValue(),
        (String) r.get(1),
        (String) r.get(2),
        status,
        ((Number) r.get(4)).intValue(),
        WebhookDeliveries.instant(r.get(5)),
        WebhookDeliveries.instant(r.get(6)),
        r.get(7) == null ? null : ((Number) r.get(7)).intValue(),
        (String) r.get(8),
        "PENDING".equals(status) ? WebhookDeliveries.instant(r.get(9)) : null,
        WebhookDeliveries.instant(r.get(10)));
  }

  private WebhookEndpoint require(long id) {
    WebhookEndpoint e = em.find(WebhookEndpoint.class, id);
    if (e == null) throw ProblemException.notFound("WebhookEndpoint", id);
    return e;
  }

  private void apply(WebhookEndpoint e, WebhookInput in) {
    targets.require(in.url().trim());
    Set<String> types = new LinkedHashSet<>();
    for (String t : in.eventTypes()) {
      if (!WebhookEvents.ALL.contains(t)) {
        throw ProblemException.invalid(
            List.of(
                new Problem.FieldError(
                    "eventTypes",
                    "NOT_ALLOWED",
                    "unknown event type '" + t + "'",
                    WebhookEvents.ALL)));
      }
      types.add(t);
    }
    e.url = in.url().trim();
    e.eventTypes = "," + String.join(",", types) + ",";
    boolean enable = in.enabled() == null || in.enabled();
    if (enable && !e.enabled) e.disabledReason = null;
    e.enabled = enable;
    e.updatedAt = Instant.now();
  }
}
