package io.pareto.plan;

import io.pareto.common.Rows;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Plan queries. Callers have already checked the account is visible (children inherit its scope).
 */
@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<AccountPlan, Long> {

  public Optional<AccountPlan> activeFor(long accountId) {
    return find("accountId = ?1 and status = ?2", accountId, PlanStatus.ACTIVE)
        .firstResultOptional();
  }

  public List<AccountPlan> history(long accountId) {
    return list("accountId = ?1 order by periodStart desc, id desc", accountId);
  }

  public List<PlanObjective> objectives(long planId) {
    return getEntityManager()
        .createQuery("from PlanObjective o where o.planId = :p order by o.id", PlanObjective.class)
        .setParameter("p", planId)
        .getResultList();
  }

  public List<PlanAction> actions(long planId) {
    return getEntityManager()
        .createQuery(
            "from PlanAction a where a.planId = :p order by a.dueOn nulls last, a.id",
            PlanAction.class)
        .setParameter("p", planId)
        .getResultList();
  }

  public List<Concession> concessions(long planId) {
    return getEntityManager()
        .createQuery(
            "from Concession c where c.planId = :p order by c.grantedOn, c.id", Concession.class)
        .setParameter("p", planId)
        .getResultList();
  }

  /** Facts and contacts of the plan period in one aggregate statement. */
  public PlanActuals actuals(AccountPlan p) {
    LocalDate firstMonth = p.periodStart.withDayOfMonth(1);
    var q =
        getEntityManager()
            .createNativeQuery(
                """
                select coalesce(sum(f.revenue), 0) as revenue,
                       coalesce(sum(f.gross_profit), 0) as gross_profit,
                       coalesce(sum(f.order_count), 0) as order_count,
                       (select count(*) from contact c
                         where c.account_id = :acc and c.layer in ('DECISION', 'EXECUTIVE')
                           and c.created_at >= :fromTs and c.created_at < :toTs)
                         as new_decision_contacts,
                       (select a.estimated_annual_potential from account a where a.id = :acc)
                         as annual_potential
                  from account_fact f
                 where f.account_id = :acc and f.fact_month >= :fromMonth
                   and f.fact_month <= :toDay""",
                Tuple.class)
            .setParameter("acc", p.accountId)
            .setParameter("fromTs", p.periodStart.atStartOfDay().atOffset(ZoneOffset.UTC))
            .setParameter("toTs", p.periodEnd.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
            .setParameter("fromMonth", firstMonth)
            .setParameter("toDay", p.periodEnd);
    Sums r = Rows.list(Sums.class, q).get(0);
    int months = (int) ChronoUnit.MONTHS.between(firstMonth, p.periodEnd.withDayOfMonth(1)) + 1;
    return new PlanActuals(
        money(r.revenue()),
        money(r.grossProfit()),
        r.orderCount(),
        r.newDecisionContacts(),
        r.annualPotential() == null ? null : money(r.annualPotential()),
        months);
  }

  private record Sums(
      BigDecimal revenue,
      BigDecimal grossProfit,
      long orderCount,
      long newDecisionContacts,
      BigDecimal annualPotential) {}

  private static BigDecimal money(BigDecimal b) {
    return b.setScale(2, java.math.RoundingMode.HALF_UP);
  }
}
