package io.pareto.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pareto.common.RequestId;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;

/**
 * Writes the append-only audit trail: who changed which record, when, and each field's value before
 * and after. Called by services inside their transaction, so a rolled-back change leaves no audit
 * row either.
 */
@ApplicationScoped
public class AuditTrail {
  /** Bookkeeping fields that change on every write and say nothing to a reader. */
  private static final Set<String> IGNORED = Set.of("version", "updatedAt", "createdAt");

  public static final String OWNER_CHANGE = "OWNER_CHANGE";

  private final EntityManager em;
  private final ObjectMapper mapper;
  private final Instance<Caller> caller;
  private final Instance<RequestId> requestId;

  public AuditTrail(
      EntityManager em,
      ObjectMapper mapper,
      Instance<Caller> caller,
      Instance<RequestId> requestId) {
    this.em = em;
    this.mapper = mapper;
    this.caller = caller;
    this.requestId = requestId;
  }

  public void created(String type, Object id, Long accountId, Object after) {
    write(type, id, accountId, "CREATE", diff(null, after));
  }

  /**
   * An owner change (ownerId, with ownerName) and a user's role change are events of their own,
   * OWNER_CHANGE and ROLE_CHANGE, so they can be listed apart from the other edits.
   */
  public void updated(String type, Object id, Long accountId, Object before, Object after) {
    ObjectNode changes = diff(before, after);
    ObjectNode owner = split(changes, "ownerId", "ownerName");
    ObjectNode role = "USER".equals(type) ? split(changes, "role") : mapper.createObjectNode();
    if (!changes.isEmpty()) write(type, id, accountId, "UPDATE", changes);
    if (!owner.isEmpty()) write(type, id, accountId, OWNER_CHANGE, owner);
    if (!role.isEmpty()) write(type, id, accountId, "ROLE_CHANGE", role);
  }

  /** Moves the named fields out of {@code changes}; empty unless the first of them changed. */
  private ObjectNode split(ObjectNode changes, String key, String... along) {
    ObjectNode out = mapper.createObjectNode();
    if (!changes.has(key)) return out;
    out.set(key, changes.remove(key));
    for (String f : along) if (changes.has(f)) out.set(f, changes.remove(f));
    return out;
  }

  /**
   * Who acts and in which request, taken once, for events a bulk operation writes itself in SQL.
   */
  public record Stamp(Instant at, String actor, String requestId) {}

  public Stamp stamp() {
    return new Stamp(Instant.now(), actor(), requestId());
  }

  /** An event of its own kind (e.g. DUPLICATE_CONFIRMED), its changes as given. */
  public void recorded(String type, Object id, Long accountId, String action, Object changes) {
    write(type, id, accountId, action, mapper.valueToTree(changes));
  }

  public void deleted(String type, Object id, Long accountId, Object before) {
    write(type, id, accountId, "DELETE", diff(before, null));
  }

  /** {@code after}'s fields as [null, value] pairs, the shape of a CREATE event, as JSON text. */
  public String changesOf(Object after) {
    return diff(null, after).toString();
  }

  /** The plain INSERT of one event, for bulk paths that write their events with JDBC. */
  public static final String INSERT =
      "insert into audit_event (occurred_at, actor, entity_type, entity_id, account_id, "
          + "action, changes, request_id) values (?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * One DELETE event per row that {@code sql} selects for the account (parameter 1): its first
   * column is the record's id, the others its fields, named by their quoted aliases. For the
   * children the database deletes along with their account: one query and one JDBC batch, however
   * many rows.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int deletedAlong(String type, long accountId, String sql) {
    @SuppressWarnings("unchecked")
    java.util.List<jakarta.persistence.Tuple> rows =
        em.createNativeQuery(sql, jakarta.persistence.Tuple.class)
            .setParameter(1, accountId)
            .getResultList();
    if (rows.isEmpty()) return 0;
    Stamp st = stamp();
    em.unwrap(org.hibernate.Session.class)
        .doWork(
            conn -> {
              try (java.sql.PreparedStatement ps = conn.prepareStatement(INSERT)) {
                for (jakarta.persistence.Tuple r : rows) {
                  ObjectNode changes = mapper.createObjectNode();
                  var elements = r.getElements();
                  for (int i = 1; i < elements.size(); i++) {
                    Object v = r.get(i);
                    var pair = changes.putArray(elements.get(i).getAlias());
                    if (v == null) pair.addNull();
                    else if (v instanceof Number n) pair.add(mapper.valueToTree(n));
                    else pair.add(v.toString());
                    pair.addNull();
                  }
                  ps.setObject(1, st.at().atOffset(java.time.ZoneOffset.UTC));
                  ps.setString(2, st.actor());
                  ps.setString(3, type);
                  ps.setString(4, String.valueOf(r.get(0)));
                  ps.setLong(5, accountId);
                  ps.setString(6, "DELETE");
                  ps.setString(7, changes.toString());
                  ps.setString(8, st.requestId());
                  ps.addBatch();
                }
                ps.executeBatch();
              }
            });
    return rows.size();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void write(String type, Object id, Long accountId, String action, ObjectNode changes) {
    AuditEvent e = new AuditEvent();
    e.occurredAt = Instant.now();
    e.actor = actor();
    e.entityType = type;
    e.entityId = String.valueOf(id);
    e.accountId = accountId;
    e.action = action;
    try {
      e.changes = mapper.writeValueAsString(changes);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
    e.requestId = requestId();
    em.persist(e);
  }

  ObjectNode diff(Object before, Object after) {
    JsonNode b = before == null ? mapper.createObjectNode() : mapper.valueToTree(before);
    JsonNode a = after == null ? mapper.createObjectNode() : mapper.valueToTree(after);
    ObjectNode out = mapper.createObjectNode();
    Set<String> names = new java.util.TreeSet<>();
    b.fieldNames().forEachRemaining(names::add);
    a.fieldNames().forEachRemaining(names::add);
    for (String n : names) {
      if (IGNORED.contains(n)) continue;
      JsonNode bv = b.get(n);
      JsonNode av = a.get(n);
      if (bv == null || bv.isNull()) bv = null;
      if (av == null || av.isNull()) av = null;
      if (java.util.Objects.equals(bv, av)) continue;
      out.putArray(n).add(bv).add(av);
    }
    return out;
  }

  private String actor() {
    try {
      return caller.isResolvable() ? caller.get().name() : "system";
    } catch (jakarta.enterprise.context.ContextNotActiveException e) {
      return "system";
    }
  }

  private String requestId() {
    try {
      return requestId.isResolvable() ? requestId.get().get() : null;
    } catch (jakarta.enterprise.context.ContextNotActiveException e) {
      return null;
    }
  }
}
