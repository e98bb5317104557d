package io.pareto.pipeline.history;

import io.pareto.common.DemoDataLoaded;
import io.pareto.pipeline.DealLostReason;
import io.pareto.pipeline.Opportunity;
import io.pareto.pipeline.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Gives every demo deal a plausible stage history over the last 12 months so funnel, velocity,
 * forecast and stuck screens show meaningful numbers: skipped stages, back-steps, losses with
 * reasons at several stages, and reopened deals. Deterministic from the demo seed.
 */
@ApplicationScoped
public class DemoStageHistory {
  private static final DealLostReason[] DEMO_REASONS = {
    DealLostReason.PRICE,
    DealLostReason.NO_BUDGET,
    DealLostReason.TIMING,
    DealLostReason.NO_DECISION,
    DealLostReason.REQUIREMENTS,
    DealLostReason.RELATIONSHIP
  };
  private final EntityManager em;
  private final StageHistory history;
  private final StageSummaries summaries;

  public DemoStageHistory(EntityManager em, StageHistory history, StageSummaries summaries) {
    this.em = em;
    this.history = history;
    this.summaries = summaries;
  }

  void onDemoData(@Observes DemoDataLoaded event) {
    Random rnd = new Random(event.seed() + 8);
    Instant now = Instant.now();
    List<Opportunity> deals =
        em.createQuery(
                "from Opportunity o left join fetch o.owner where o.account.id in :ids"
                    + " order by o.id",
                Opportunity.class)
            .setParameter("ids", event.accountIds())
            .getResultList();
    int n = 0;
    for (Opportunity o : deals) {
      List<Stage> path = path(o.stage, n++, rnd);
      Instant created = now.minus(Duration.ofDays(20 + rnd.nextInt(340)));
      long span = Duration.between(created, now).toSeconds();
      // Steps fill 40..95% of the deal's life so some deals sit long in their stage (stuck deals).
      double used = 0.4 + rnd.nextDouble() * 0.55;
      Instant at = created;
      String by = o.owner == null ? "demo" : o.owner.email;
      history.record(o.id, null, path.get(0), created, by, null, null, false);
      Stage from = path.get(0);
      for (int i = 1; i < path.size(); i++) {
        at = at.plusSeconds((long) (span * used / (path.size() - 1) * (0.5 + rnd.nextDouble())));
        if (at.isAfter(now)) at = now.minusSeconds(3600L * (path.size() - i));
        Stage to = path.get(i);
        boolean back = from.isOpen() && to.isOpen() && to.ordinal() < from.ordinal();
        DealLostReason reason =
            to == Stage.LOST ? DEMO_REASONS[rnd.nextInt(DEMO_REASONS.length)] : null;
        history.record(
            o.id,
            from,
            to,
            at,
            by,
            back ? "客户需求变更, 重新确认范围" : from == Stage.LOST ? "客户重启项目" : null,
            reason,
            false);
        if (to == Stage.LOST) {
          o.lostReason = reason;
          o.lostAtStage = from;
        }
        from = to;
      }
      if (o.stage != Stage.LOST) {
        o.lostReason = null;
        o.lostAtStage = null;
      }
      o.stageChangedAt = at;
      em.flush();
      em.createNativeQuery("update opportunity set created_at = :c where id = :id")
          .setParameter("c", created)
          .setParameter("id", o.id)
          .executeUpdate();
    }
    // The summaries were written with each change, before the deals were back-dated: they carry
    // created_at.
    summaries.refreshAccounts(event.accountIds());
  }

  /**
   * A route ending in {@code target}: mostly step by step, sometimes skipping, stepping back or
   * reopening.
   */
  static List<Stage> path(Stage target, int n, Random rnd) {
    List<Stage> p = new ArrayList<>();
    p.add(Stage.LEAD);
    Stage top =
        switch (target) {
          case WON, COLLECTED -> Stage.NEGOTIATION;
          case LOST -> Stage.values()[rnd.nextInt(4)];
          default -> target;
        };
    for (int s = 1; s <= top.ordinal(); s++) {
      if (s < top.ordinal() && rnd.nextInt(5) == 0) continue; // skipped stage
      p.add(Stage.values()[s]);
    }
    if (target.isOpen() && target.ordinal() < Stage.NEGOTIATION.ordinal() && n % 6 == 2) {
      p.add(Stage.values()[target.ordinal() + 1]); // went too far, stepped back
      p.add(target);
    }
    if (target.isOpen() && n % 9 == 4) {
      p.add(Stage.LOST); // lost, then reopened by a manager
      p.add(target);
    }
    if (target == Stage.WON || target == Stage.COLLECTED) p.add(Stage.WON);
    if (target == Stage.COLLECTED) p.add(Stage.COLLECTED);
    if (target == Stage.LOST) p.add(Stage.LOST);
    if (p.size() == 1 && target != Stage.LEAD) p.add(target);
    return p;
  }
}
