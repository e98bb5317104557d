package io.pareto.plan;

import io.pareto.account.RelationshipStage;
import io.pareto.activity.Commitment;
import io.pareto.activity.CommitmentKind;
import io.pareto.activity.CommitmentSide;
import io.pareto.activity.CommitmentStatus;
import io.pareto.common.DemoDataLoaded;
import io.pareto.common.Rows;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Demo plans for the KEY accounts (after the demo classification run): SWOT, objectives against
 * this year's facts, actions (one overdue), a joint-plan commitment each side and a traded
 * concession.
 */
@ApplicationScoped
public class PlanDemo {
  private final EntityManager em;

  public PlanDemo(EntityManager em) {
    this.em = em;
  }

  void onDemoData(@Observes @Priority(3000) DemoDataLoaded loaded) {
    LocalDate today = LocalDate.now();
    LocalDate start = today.withDayOfYear(1);
    for (KeyAccount k : keyAccounts(em, loaded.accountIds())) {
      long accountId = k.id();
      Long owner = k.ownerId();
      BigDecimal revenue = k.revenue12() == null ? BigDecimal.valueOf(1_000_000) : k.revenue12();
      AccountPlan p = new AccountPlan();
      p.accountId = accountId;
      p.ownerId = owner;
      p.periodStart = start;
      p.periodEnd = start.plusYears(1).minusDays(1);
      p.relationshipStage = RelationshipStage.STABILISING;
      p.stageGoal = "建立季度高层会晤机制";
      p.strengths = List.of("本地化服务团队", "核心系统稳定运行三年");
      p.weaknesses = List.of("价格高于竞品");
      p.opportunities = List.of("二期扩容项目");
      p.threats = List.of("竞争对手低价切入");
      em.persist(p);
      objective(p.id, ObjectiveMetric.REVENUE, revenue.multiply(BigDecimal.valueOf(1.15)), true);
      objective(
          p.id, ObjectiveMetric.GROSS_PROFIT, revenue.multiply(BigDecimal.valueOf(0.3)), false);
      objective(p.id, ObjectiveMetric.NEW_DECISION_CONTACTS, BigDecimal.valueOf(2), false);
      action(p.id, owner, "安排客户高层参观总部", today.minusDays(5));
      action(p.id, owner, "提交二期方案", today.plusDays(20));
      Commitment volume =
          commitment(
              accountId,
              p.id,
              owner,
              CommitmentSide.CUSTOMER,
              CommitmentKind.VOLUME,
              "全年采购量不低于去年 115%",
              p.periodEnd);
      commitment(
          accountId,
          p.id,
          owner,
          CommitmentSide.US,
          CommitmentKind.FOLLOW_UP,
          "驻场工程师一名",
          today.plusDays(30));
      Concession c = new Concession();
      c.accountId = accountId;
      c.planId = p.id;
      c.kind = ConcessionKind.REBATE;
      c.description = "达量返利 3%";
      c.amount =
          revenue.multiply(BigDecimal.valueOf(0.03)).setScale(2, java.math.RoundingMode.HALF_UP);
      c.grantedOn = start.plusMonths(1);
      c.commitmentId = volume.id;
      em.persist(c);
    }
  }

  /** A demo KEY account with its owner and last year's revenue (the objective baseline). */
  record KeyAccount(long id, Long ownerId, BigDecimal revenue12) {}

  static List<KeyAccount> keyAccounts(EntityManager em, List<Long> ids) {
    return Rows.select(
        em,
        KeyAccount.class,
        """
        select a.id, a.owner_id,
               (select sum(f.revenue) from account_fact f
                 where f.account_id = a.id and f.fact_month >= :since) as revenue12
          from account a
         where a.category = 'KEY' and a.id in (:ids)
         order by a.id""",
        Map.of("since", LocalDate.now().withDayOfMonth(1).minusMonths(12), "ids", ids));
  }

  private void objective(long planId, ObjectiveMetric metric, BigDecimal target, boolean joint) {
    PlanObjective o = new PlanObjective();
    o.planId = planId;
    o.metric = metric;
    o.targetValue = target.setScale(2, java.math.RoundingMode.HALF_UP);
    o.jointAgreed = joint;
    em.persist(o);
  }

  private void action(long planId, Long owner, String what, LocalDate due) {
    PlanAction a = new PlanAction();
    a.planId = planId;
    a.ownerId = owner;
    a.what = what;
    a.dueOn = due;
    em.persist(a);
  }

  private Commitment commitment(
      long accountId,
      long planId,
      Long owner,
      CommitmentSide side,
      CommitmentKind kind,
      String what,
      LocalDate due) {
    Commitment c = new Commitment();
    c.accountId = accountId;
    c.planId = planId;
    c.ownerId = owner;
    c.side = side;
    c.kind = kind;
    c.description = what;
    c.dueOn = due;
    c.status = CommitmentStatus.OPEN;
    em.persist(c);
    return c;
  }
}
