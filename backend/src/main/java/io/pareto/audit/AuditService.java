package io.pareto.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.security.AccountScope;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class AuditService {
  private final EntityManager em;
  private final ObjectMapper mapper;
  private final Caller caller;

  public AuditService(EntityManager em, ObjectMapper mapper, Caller caller) {
    this.em = em;
    this.mapper = mapper;
    this.caller = caller;
  }

  /** Newest first. Outside ADMIN, only events of accounts in the caller's scope are visible. */
  public Page<AuditRecord> list(PageRequest page, AuditFilter filter) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    filter.appendTo(where, params, "e", false);
    AccountScope scope = caller.scope();
    if (!scope.isAll()) {
      where
          .append(" and e.accountId in (select a.id from Account a where ")
          .append(scope.jpql("a"))
          .append(")");
      params.putAll(scope.params());
    }
    TypedQuery<AuditEvent> q =
        em.createQuery(
            "from AuditEvent e" + where + " order by e.occurredAt desc, e.id desc",
            AuditEvent.class);
    TypedQuery<Long> c = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
    params.forEach(
        (k, v) -> {
          q.setParameter(k, v);
          c.setParameter(k, v);
        });
    List<AuditRecord> items =
        q.setFirstResult(page.offset()).setMaxResults(page.size).getResultList().stream()
            .map(this::toRecord)
            .toList();
    return new Page<>(items, page.page, page.size, c.getSingleResult());
  }

  private AuditRecord toRecord(AuditEvent e) {
    try {
      return new AuditRecord(
          e.id,
          e.occurredAt,
          e.actor,
          e.entityType,
          e.entityId,
          e.accountId,
          e.action,
          e.changes == null ? null : mapper.readTree(e.changes),
          e.requestId);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
