package io.pareto.pool;

import io.pareto.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.query.NativeQuery;

/**
 * Records one move into or out of the pool: a pool_move row for the account's timeline and the
 * OWNER_CHANGE audit event every owner change gets.
 */
@ApplicationScoped
public class PoolMoves {
  private final EntityManager em;
  private final AuditTrail audit;

  public PoolMoves(EntityManager em, AuditTrail audit) {
    this.em = em;
    this.audit = audit;
  }

  /** An owner as the audit trail shows it. */
  record Owner(Long id, String name) {}

  @SuppressWarnings("unchecked")
  @Transactional(Transactional.TxType.MANDATORY)
  void record(
      long accountId,
      PoolMoveKind move,
      Long teamId,
      Owner from,
      Owner to,
      String reason,
      Instant at) {
    AuditTrail.Stamp st = audit.stamp();
    em.createNativeQuery(
            "insert into pool_move (account_id, moved_at, move, team_id, from_owner_id, to_owner_id,"
                + " reason, actor) values (:a, :at, :m, :t, :f, :to, :r, :actor)")
        .unwrap(NativeQuery.class)
        .setParameter("a", accountId)
        .setParameter("at", utc(at))
        .setParameter("m", move.name())
        .setParameter("t", teamId, Long.class)
        .setParameter("f", from.id(), Long.class)
        .setParameter("to", to.id(), Long.class)
        .setParameter("r", reason, String.class)
        .setParameter("actor", st.actor())
        .executeUpdate();
    audit.updated("ACCOUNT", accountId, accountId, fields(from), fields(to));
  }

  private static Map<String, Object> fields(Owner o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ownerId", o.id());
    m.put("ownerName", o.name());
    return m;
  }

  static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
