package io.pareto.team;

import io.pareto.common.Rows;
import io.pareto.security.AccountScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The team view in one statement: the team's reps left-joined to one GROUP BY per measure (accounts
 * by category, weak KEY maps, open pipeline, achieved, target, visits, overdue commitments), each
 * over the caller's scope — so the statement count never depends on the number of reps or accounts.
 */
@ApplicationScoped
public class TeamViewQueries {
  private final EntityManager em;

  public TeamViewQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * Inputs of one team view; teamId null = every team. keyMapsSql is the decision-map feature's
   * scored KEY maps.
   */
  record Request(
      AccountScope scope,
      Long teamId,
      TargetPeriod period,
      AttainmentBasis basis,
      LocalDate today,
      int weakMapScore,
      String keyMapsSql,
      Map<String, Object> keyMapsParams) {}

  /** One rep's figures; target is null when none is set. */
  record RepLine(
      long userId,
      String userName,
      Long teamId,
      String teamName,
      long keyAccounts,
      long normalAccounts,
      long targetAccounts,
      long lostAccounts,
      long keyWithoutPlan,
      long keyWeakMap,
      long openDeals,
      BigDecimal openPipeline,
      BigDecimal weightedPipeline,
      BigDecimal achieved,
      BigDecimal target,
      long visits30d,
      long overdueOurs,
      long overdueTheirs) {}

  List<RepLine> rows(Request r) {
    Map<String, Object> p = new HashMap<>(r.keyMapsParams());
    p.putAll(r.scope().params());
    String scope = r.scope().sql("a");
    List<String> months = r.period().months();
    p.put("tvPeriod", r.period().code());
    p.put("tvM1", months.get(0));
    p.put("tvM2", months.get(months.size() > 1 ? 1 : 0));
    p.put("tvM3", months.get(months.size() > 2 ? 2 : 0));
    p.put("tvFrom", r.period().start().atStartOfDay(ZoneOffset.UTC).toInstant());
    p.put("tvTo", r.period().end().atStartOfDay(ZoneOffset.UTC).toInstant());
    p.put("tvBasis", r.basis().name());
    p.put("tvToday", r.today());
    p.put("tvVisitsFrom", r.today().minusDays(29));
    p.put("tvWeak", r.weakMapScore());
    String team = "";
    if (r.teamId() != null) {
      team = " and u.team_id = :tvTeam";
      p.put("tvTeam", r.teamId());
    }
    // %1$s: the caller's scope over accounts a; a quarter without its own target row counts the
    // months it is made of.
    String sql =
        """
        select u.id as user_id, u.name as user_name, u.team_id, tm.name as team_name,
               coalesce(ac.n_key, 0) as key_accounts, coalesce(ac.n_normal, 0) as normal_accounts,
               coalesce(ac.n_target, 0) as target_accounts, coalesce(ac.n_lost, 0) as lost_accounts,
               coalesce(ac.key_no_plan, 0) as key_without_plan, coalesce(wm.n, 0) as key_weak_map,
               coalesce(op.n, 0) as open_deals, coalesce(op.amount, 0) as open_pipeline,
               coalesce(op.weighted, 0) as weighted_pipeline, coalesce(w.amount, 0) as achieved,
               tg.amount as target, coalesce(v.n, 0) as visits30d,
               coalesce(cm.ours, 0) as overdue_ours, coalesce(cm.theirs, 0) as overdue_theirs
          from app_user u
          left join team tm on tm.id = u.team_id
          left join (select a.owner_id,
                            sum(case when a.category = 'KEY' then 1 else 0 end) n_key,
                            sum(case when a.category = 'NORMAL' then 1 else 0 end) n_normal,
                            sum(case when a.category = 'TARGET' then 1 else 0 end) n_target,
                            sum(case when a.category = 'LOST' then 1 else 0 end) n_lost,
                            sum(case when a.category = 'KEY' and not exists
                                       (select 1 from account_plan pl
                                         where pl.account_id = a.id and pl.status = 'ACTIVE')
                                     then 1 else 0 end) key_no_plan
                       from account a
                      where %1$s
                      group by a.owner_id) ac on ac.owner_id = u.id
          left join (select km.owner_id, count(*) n
                       from (%2$s) km
                      where km.score < :tvWeak or km.high_gaps > 0
                      group by km.owner_id) wm on wm.owner_id = u.id
          left join (select o.owner_id, count(*) n, sum(o.amount) amount,
                            sum(round(o.amount * pr.probability / 100, 2)) weighted
                       from opportunity o
                       join account a on a.id = o.account_id
                       join stage_probability pr on pr.stage = o.stage
                      where %1$s and o.stage in ('LEAD', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION')
                      group by o.owner_id) op on op.owner_id = u.id
          left join (select o.owner_id, sum(o.amount) amount
                       from opportunity o
                       join account a on a.id = o.account_id
                      where %1$s
                        and o.id in (select c.opportunity_id from stage_change c
                                      where c.to_stage = :tvBasis
                                        and c.changed_at >= :tvFrom and c.changed_at < :tvTo)
                      group by o.owner_id) w on w.owner_id = u.id
          left join (select st.user_id,
                            coalesce(max(case when st.period = :tvPeriod then st.amount end),
                                     sum(case when st.period <> :tvPeriod then st.amount end)) amount
                       from sales_target st
                      where st.period in (:tvPeriod, :tvM1, :tvM2, :tvM3)
                      group by st.user_id) tg on tg.user_id = u.id
          left join (select v.owner_id, count(*) n
                       from activity v
                       join account a on a.id = v.account_id
                      where %1$s and v.kind = 'VISIT'
                        and v.occurred_on >= :tvVisitsFrom and v.occurred_on <= :tvToday
                      group by v.owner_id) v on v.owner_id = u.id
          left join (select a.owner_id,
                            sum(case when c.side = 'US' then 1 else 0 end) ours,
                            sum(case when c.side = 'CUSTOMER' then 1 else 0 end) theirs
                       from commitment c
                       join account a on a.id = c.account_id
                      where %1$s and c.status = 'OPEN' and c.due_on < :tvToday
                      group by a.owner_id) cm on cm.owner_id = u.id
         where u.active = true and u.role in ('REP', 'MANAGER')%3$s
         order by u.name, u.id"""
            .formatted(scope, r.keyMapsSql(), team);
    return Rows.select(em, RepLine.class, sql, p);
  }
}
