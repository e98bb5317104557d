package io.pareto.team;

import io.pareto.audit.AuditTrail;
import io.pareto.common.ETags;
import io.pareto.common.ProblemException;
import io.pareto.security.Caller;
import io.pareto.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sales targets (quota): set by a manager for the members of their team, by an admin for anyone; a
 * rep reads their own, a manager their team's, admins and read-only users everyone's.
 */
@ApplicationScoped
public class TargetService {
  private static final String SELECT =
      "select t.id, t.user_id, u.name, u.team_id, t.period, t.amount, t.version"
          + " from sales_target t join app_user u on u.id = t.user_id";

  private final EntityManager em;
  private final Caller caller;
  private final AuditTrail audit;

  public TargetService(EntityManager em, Caller caller, AuditTrail audit) {
    this.em = em;
    this.caller = caller;
    this.audit = audit;
  }

  /**
   * Targets the caller may read, optionally of one period, team or user; by period, then user name.
   */
  public List<TargetDto> list(String period, Long teamId, Long userId) {
    Map<String, Object> p = new HashMap<>();
    StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(visible(p));
    if (period != null) {
      p.put("period", TargetPeriod.parse(period).code());
      sql.append(" and t.period = :period");
    }
    if (teamId != null) {
      p.put("teamId", teamId);
      sql.append(" and u.team_id = :teamId");
    }
    if (userId != null) {
      p.put("userId", userId);
      sql.append(" and t.user_id = :userId");
    }
    sql.append(" order by t.period, u.name, t.id");
    return rows(sql.toString(), p, 1000);
  }

  public Optional<TargetDto> get(long id) {
    Map<String, Object> p = new HashMap<>(Map.of("id", id));
    return rows(SELECT + " where t.id = :id and " + visible(p), p, 1).stream().findFirst();
  }

  /** A new target; one per user and period (409 otherwise). */
  @Transactional
  public TargetDto create(TargetInput in) {
    requireWritable(in.userId());
    String period = TargetPeriod.parse(in.period()).code();
    long existing =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from sales_target where user_id = :u and period = :p")
                    .setParameter("u", in.userId())
                    .setParameter("p", period)
                    .getSingleResult())
            .longValue();
    if (existing > 0)
      throw ProblemException.conflict(
          "user " + in.userId() + " already has a target for " + period);
    SalesTarget t = new SalesTarget();
    t.userId = in.userId();
    t.period = period;
    t.amount = in.amount().setScale(2, RoundingMode.HALF_UP);
    em.persist(t);
    em.flush();
    TargetDto dto = get(t.id).orElseThrow();
    audit.created("SALES_TARGET", t.id, null, dto);
    return dto;
  }

  @Transactional
  public TargetDto update(long id, long expectedVersion, BigDecimal amount) {
    SalesTarget t = require(id);
    ETags.check(expectedVersion, t.version);
    TargetDto before = get(id).orElseThrow();
    t.amount = amount.setScale(2, RoundingMode.HALF_UP);
    em.flush();
    TargetDto after = get(id).orElseThrow();
    audit.updated("SALES_TARGET", id, null, before, after);
    return after;
  }

  @Transactional
  public void delete(long id, long expectedVersion) {
    SalesTarget t = require(id);
    ETags.check(expectedVersion, t.version);
    TargetDto before = get(id).orElseThrow();
    em.remove(t);
    audit.deleted("SALES_TARGET", id, null, before);
  }

  private SalesTarget require(long id) {
    SalesTarget t = em.find(SalesTarget.class, id);
    if (t == null || get(id).isEmpty()) throw ProblemException.notFound("Sales target", id);
    requireWritable(t.userId);
    return t;
  }

  /**
   * Admins set anyone's target; a manager only those of their own team's members (and their own).
   */
  private void requireWritable(long userId) {
    if (caller.hasRole(Role.ADMIN)) {
      if (em.find(io.pareto.user.AppUser.class, userId) == null)
        throw ProblemException.badRequest("userId", "no user " + userId);
      return;
    }
    Long team = caller.teamId();
    Object[] u =
        (Object[])
            em.createNativeQuery("select id, team_id from app_user where id = :u")
                .setParameter("u", userId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    boolean own =
        u != null
            && (userId == caller.userId()
                || team != null && u[1] != null && team == ((Number) u[1]).longValue());
    if (!own)
      throw ProblemException.forbidden(
          "a manager sets targets for the members of their own team only", null);
  }

  private String visible(Map<String, Object> p) {
    return visible(caller, p);
  }

  /** Who the caller may read targets of, as a predicate over the user alias {@code u}. */
  static String visible(Caller caller, Map<String, Object> p) {
    if (caller.hasRole(Role.ADMIN) || caller.hasRole(Role.READONLY)) return "1 = 1";
    p.put("me", caller.userId());
    Long team = caller.hasRole(Role.MANAGER) ? caller.teamId() : null;
    if (team == null) return "u.id = :me";
    p.put("myTeam", team);
    return "(u.id = :me or u.team_id = :myTeam)";
  }

  @SuppressWarnings("unchecked")
  private List<TargetDto> rows(String sql, Map<String, Object> params, int max) {
    Query q = em.createNativeQuery(sql);
    params.forEach(q::setParameter);
    return ((List<Object[]>) q.setMaxResults(max).getResultList())
        .stream()
            .map(
                r ->
                    new TargetDto(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        (String) r[2],
                        r[3] == null ? null : ((Number) r[3]).longValue(),
                        (String) r[4],
                        new BigDecimal(r[5].toString()).setScale(2, RoundingMode.HALF_UP),
                        ((Number) r[6]).longValue()))
            .toList();
  }
}
