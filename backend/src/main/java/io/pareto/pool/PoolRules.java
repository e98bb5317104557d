package io.pareto.pool;

import io.pareto.common.ETags;
import io.pareto.common.ProblemException;
import io.pareto.common.Rows;
import io.pareto.security.Caller;
import io.pareto.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/**
 * The 回收规则: the company default, which an admin edits, and a team's own rule, which its manager (or
 * an admin) edits — the manager answers for how the team's pool is worked.
 */
@ApplicationScoped
public class PoolRules {
  /** Stored rules, each the team's own (or the default's). */
  private static final String COLUMNS =
      """
      select r.team_id, t.name as team_name, 1 as own, r.target_days, r.normal_days,
             r.lost_days, r.claim_limit, r.version
        from pool_rule r
        left join team t on t.id = r.team_id""";

  private final EntityManager em;
  private final Caller caller;

  public PoolRules(EntityManager em, Caller caller) {
    this.em = em;
    this.caller = caller;
  }

  /** Every rule row, the default first (the return job judges with them). */
  List<PoolRuleDto> all() {
    return Rows.select(
        em, PoolRuleDto.class, COLUMNS + " order by r.team_id nulls first", Map.of());
  }

  /** The default and the rules of the teams the caller may see (an admin: all of them). */
  public List<PoolRuleDto> visible() {
    Long team = callerTeam();
    List<PoolRuleDto> out = new ArrayList<>();
    for (PoolRuleDto r : all()) {
      if (r.teamId() == null || caller.hasRole(Role.ADMIN) || r.teamId().equals(team)) out.add(r);
    }
    if (team != null && out.stream().noneMatch(r -> team.equals(r.teamId()))) {
      out.add(effective(team));
    }
    return out;
  }

  /** The rule a team works by: its own, else the default (marked {@code own = false}). */
  public PoolRuleDto effective(Long team) {
    if (team != null) {
      List<PoolRuleDto> own =
          Rows.select(em, PoolRuleDto.class, COLUMNS + " where r.team_id = :t", Map.of("t", team));
      if (!own.isEmpty()) return own.get(0);
    }
    PoolRuleDto d =
        Rows.select(em, PoolRuleDto.class, COLUMNS + " where r.team_id is null", Map.of()).get(0);
    if (team == null) return d;
    @SuppressWarnings("unchecked")
    List<String> names =
        em.createNativeQuery("select name from team where id = :t")
            .setParameter("t", team)
            .getResultList();
    if (names.isEmpty()) throw ProblemException.notFound("Team", team);
    String name = names.get(0);
    return new PoolRuleDto(
        team, name, false, d.targetDays(), d.normalDays(), d.lostDays(), d.claimLimit(), 0);
  }

  /**
   * Replaces the rule of a team (null: the default). A team's first own rule is written against
   * If-Match "0", the version its inherited rule is served with.
   */
  @Transactional
  public PoolRuleDto replace(Long team, long expectedVersion, PoolRuleInput in) {
    boolean admin = caller.hasRole(Role.ADMIN);
    if (!admin && (team == null || !caller.hasRole(Role.MANAGER) || !team.equals(callerTeam()))) {
      throw ProblemException.forbidden(
          "only an admin, or the team's manager for the team's rule, may change a 回收规则", null);
    }
    PoolRuleDto current = effective(team);
    ETags.check(expectedVersion, current.version());
    Instant now = Instant.now();
    String sql =
        current.own()
            ? "update pool_rule set target_days = :target, normal_days = :normal,"
                + " lost_days = :lost, claim_limit = :lim, updated_at = :now,"
                + " version = version + 1 where "
                + (team == null ? "team_id is null" : "team_id = :t")
                + " and version = :v"
            // version 1: a reader of the inherited rule ("0") cannot overwrite it unseen
            : "insert into pool_rule (team_id, target_days, normal_days, lost_days, claim_limit,"
                + " created_at, updated_at, version)"
                + " values (:t, :target, :normal, :lost, :lim, :now, :now, 1)";
    @SuppressWarnings("unchecked")
    NativeQuery<Object> q = em.createNativeQuery(sql).unwrap(NativeQuery.class);
    q.setParameter("target", in.targetDays(), Integer.class)
        .setParameter("normal", in.normalDays(), Integer.class)
        .setParameter("lost", in.lostDays(), Integer.class)
        .setParameter("lim", in.claimLimit())
        .setParameter("now", PoolMoves.utc(now));
    if (team != null) q.setParameter("t", team);
    if (current.own()) q.setParameter("v", expectedVersion);
    if (q.executeUpdate() == 0) {
      throw ProblemException.staleVersion(expectedVersion, effective(team).version());
    }
    return effective(team);
  }

  private Long callerTeam() {
    return caller.teamId();
  }

  static Optional<Integer> days(PoolRuleDto r, io.pareto.account.Category c) {
    return Optional.ofNullable(
        switch (c) {
          case TARGET -> r.targetDays();
          case NORMAL -> r.normalDays();
          case LOST -> r.lostDays();
          case KEY -> null; // a KEY account never returns
        });
  }
}
