package io.pareto.overview;

import io.pareto.activity.ActivityKind;
import io.pareto.common.Rows;
import io.pareto.overview.AccountOverviewDto.ActivityLine;
import io.pareto.overview.AccountOverviewDto.OverdueCommitment;
import io.pareto.overview.AccountOverviewDto.PipelineStage;
import io.pareto.overview.AccountOverviewDto.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The overview's own read model: one fixed statement per block, whatever the account's size. The
 * caller has checked the account is visible.
 */
@ApplicationScoped
public class AccountOverviewQueries {
  private final EntityManager em;

  public AccountOverviewQueries(EntityManager em) {
    this.em = em;
  }

  private record PlanLine(long id, LocalDate periodStart, LocalDate periodEnd, long overdue) {}

  Plan plan(long accountId, LocalDate today) {
    return Rows.select(
            em,
            PlanLine.class,
            """
            select p.id, p.period_start, p.period_end,
                   (select count(*) from plan_action pa
                     where pa.plan_id = p.id and pa.status in ('OPEN', 'IN_PROGRESS')
                       and pa.due_on < :today) as overdue
              from account_plan p
             where p.account_id = :a and p.status = 'ACTIVE'""",
            Map.of("a", accountId, "today", today))
        .stream()
        .findFirst()
        .map(p -> Plan.active(p.id(), p.periodStart(), p.periodEnd(), p.overdue()))
        .orElseGet(Plan::none);
  }

  List<PipelineStage> openPipeline(long accountId) {
    return Rows.select(
            em,
            PipelineStage.class,
            """
            select stage, count(*) as count, coalesce(sum(amount), 0) as amount
              from opportunity
             where account_id = :a and stage in ('LEAD', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION')
             group by stage""",
            Map.of("a", accountId))
        .stream()
        .sorted((x, y) -> x.stage().compareTo(y.stage()))
        .toList();
  }

  /** An activity of the overview, planned (after today) or done. */
  record ActivityRow(
      long id, ActivityKind kind, LocalDate occurredOn, String purpose, boolean planned) {
    ActivityLine line() {
      return new ActivityLine(id, kind, occurredOn, purpose);
    }
  }

  /**
   * Last three done and next three planned activities in one statement (row_number per side of
   * today).
   */
  List<ActivityRow> activities(long accountId, LocalDate today) {
    return Rows.select(
        em,
        ActivityRow.class,
        """
        select id, kind, occurred_on, purpose, planned
          from (select v.id, v.kind, v.occurred_on, v.purpose,
                       case when v.occurred_on > :today then 1 else 0 end as planned,
                       row_number() over (
                         partition by case when v.occurred_on > :today then 1 else 0 end
                         order by case when v.occurred_on > :today then v.occurred_on end asc,
                                  case when v.occurred_on <= :today then v.occurred_on end desc,
                                  v.id desc) as rn
                  from activity v
                 where v.account_id = :a) t
         where rn <= 3
         order by planned, rn""",
        Map.of("a", accountId, "today", today));
  }

  List<OverdueCommitment> overdueCommitments(long accountId, LocalDate today) {
    var q =
        em.createNativeQuery(
                """
                select id, side, description, due_on, owner_id
                  from commitment
                 where account_id = :a and status = 'OPEN' and due_on < :today
                 order by due_on, id""",
                Tuple.class)
            .setParameter("a", accountId)
            .setParameter("today", today)
            .setMaxResults(10);
    return Rows.list(OverdueCommitment.class, q);
  }
}
