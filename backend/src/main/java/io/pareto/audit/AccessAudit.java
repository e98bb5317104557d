package io.pareto.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pareto.common.RequestId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;

/**
 * Sign-in and token-use events in the audit trail. Written in a transaction of their own: a failed
 * or throttled sign-in is exactly the request that fails, and its event must stay. They have no
 * account, so only admins see them.
 */
@ApplicationScoped
public class AccessAudit {
  /** What happened; the audit record's action (at most 16 characters, as the column). */
  public enum Action {
    SIGN_IN,
    SIGN_IN_FAILED,
    THROTTLED,
    SIGN_OUT,
    USE_REVOKED
  }

  private final EntityManager em;
  private final ObjectMapper mapper;
  private final Instance<RequestId> requestId;

  public AccessAudit(EntityManager em, ObjectMapper mapper, Instance<RequestId> requestId) {
    this.em = em;
    this.mapper = mapper;
    this.requestId = requestId;
  }

  /**
   * One event on a user ({@code entityType} USER, id the user's or, for an unknown email, the email
   * tried) or a token (API_TOKEN); {@code details} land in {@code changes} as [null, value].
   */
  public void record(
      Action action, String entityType, Object entityId, String actor, Map<String, ?> details) {
    ObjectNode changes = mapper.createObjectNode();
    details.forEach(
        (k, v) -> {
          if (v != null) changes.putArray(k).addNull().add(mapper.valueToTree(v));
        });
    AuditEvent e = new AuditEvent();
    e.occurredAt = Instant.now();
    e.actor = actor == null || actor.isBlank() ? "anonymous" : truncate(actor, 254);
    e.entityType = entityType;
    e.entityId = truncate(String.valueOf(entityId), 100);
    e.action = action.name();
    e.changes = changes.toString();
    e.requestId = requestId();
    QuarkusTransaction.requiringNew().run(() -> em.persist(e));
  }

  private static String truncate(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }

  private String requestId() {
    try {
      return requestId.isResolvable() ? requestId.get().get() : null;
    } catch (ContextNotActiveException e) {
      return null;
    }
  }
}
