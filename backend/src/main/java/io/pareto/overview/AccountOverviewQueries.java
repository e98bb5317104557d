package io.pareto.overview;

import io.pareto.activity.ActivityKind;
import io.pareto.activity.CommitmentSide;
import io.pareto.overview.AccountOverviewDto.ActivityLine;
import io.pareto.overview.AccountOverviewDto.OverdueCommitment;
import io.pareto.overview.AccountOverviewDto.PipelineStage;
import io.pareto.overview.AccountOverviewDto.Plan;
import io.pareto.pipeline.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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

  @SuppressWarnings("unchecked")
  Plan plan(long accountId, LocalDate today) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select p.id, p.period_start, p.period_end, "
                    + "(select count(*) from plan_action pa where pa.plan_id = p.id and pa.status in ('OPEN', 'IN_PROGRESS') "
                    + "and pa.due_on < :today) from account_plan p where p.account_id = :a and p.status = 'ACTIVE'")
            .setParameter("a", accountId)
            .setParameter("today", today)
            .getResultList();
    if (rows.isEmpty()) return Plan.none();
    Object[] r = rows.get(0);
    return Plan.active(n(r[0]), date(r[1]), date(r[2]), n(r[3]));
  }

  @SuppressWarnings("unchecked")
  List<PipelineStage> openPipeline(long accountId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select stage, count(*), coalesce(sum(amount), 0) from opportunity "
                    + "where account_id = :a and stage in ('LEAD', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION') group by stage")
            .setParameter("a", accountId)
            .getResultList();
    return rows.stream()
        .map(r -> new PipelineStage(Stage.valueOf((String) r[0]), n(r[1]), money(r[2])))
        .sorted((x, y) -> x.stage().compareTo(y.stage()))
        .toList();
  }

  /**
   * Last three done and next three planned activities in one statement (row_number per side of
   * today).
   */
  @SuppressWarnings("unchecked")
  List<Object[]> activities(long accountId, LocalDate today) {
    return em.createNativeQuery(
            "select id, kind, occurred_on, purpose, planned from ("
                + "select v.id, v.kind, v.occurred_on, v.purpose, case when v.occurred_on > :today then 1 else 0 end as planned, "
                + "row_number() over (partition by case when v.occurred_on > :today then 1 else 0 end order by "
                + "case when v.occurred_on > :today then v.occurred_on end asc, "
                + "case when v.occurred_on <= :today then v.occurred_on end desc, v.id desc) as rn "
                + "from activity v where v.account_id = :a) t where rn <= 3 order by planned, rn")
        .setParameter("a", accountId)
        .setParameter("today", today)
        .getResultList();
  }

  static ActivityLine activity(Object[] r) {
    return new ActivityLine(
        n(r[0]), ActivityKind.valueOf((String) r[1]), date(r[2]), (String) r[3]);
  }

  static boolean planned(Object[] r) {
    return n(r[4]) == 1;
  }

  @SuppressWarnings("unchecked")
  List<OverdueCommitment> overdueCommitments(long accountId, LocalDate today) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, side, description, due_on, owner_id from commitment "
                    + "where account_id = :a and status = 'OPEN' and due_on < :today order by due_on, id")
            .setParameter("a", accountId)
            .setParameter("today", today)
            .setMaxResults(10)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new OverdueCommitment(
                    n(r[0]),
                    CommitmentSide.valueOf((String) r[1]),
                    (String) r[2],
                    date(r[3]),
                    r[4] == null ? null : n(r[4])))
        .toList();
  }

  private static long n(Object o) {
    return ((Number) o).longValue();
  }

  private static BigDecimal money(Object o) {
    return o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
  }

  private static LocalDate date(Object o) {
    if (o == null) return null;
    if (o instanceof LocalDate d) return d;
    if (o instanceof java.sql.Date d) return d.toLocalDate();
    return LocalDate.parse(o.toString().substring(0, 10));
  }
}
