package io.pareto.activity;

import io.pareto.common.DemoDataLoaded;
import io.pareto.common.Rows;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Demo visits for the KEY accounts: some recent, some past the 30-day cadence, each ending with a
 * customer commitment and our follow-up (a few overdue, a few kept or broken).
 */
@ApplicationScoped
public class ActivityDemo {
  private final EntityManager em;

  public ActivityDemo(EntityManager em) {
    this.em = em;
  }

  private record KeyAccount(long id, Long ownerId) {}

  void onDemoData(@Observes @Priority(3100) DemoDataLoaded loaded) {
    Random rnd = new Random(loaded.seed() + 9);
    LocalDate today = LocalDate.now();
    List<KeyAccount> keys =
        Rows.select(
            em,
            KeyAccount.class,
            "select a.id, a.owner_id from account a"
                + " where a.category = 'KEY' and a.id in (:ids) order by a.id",
            Map.of("ids", loaded.accountIds()));
    for (int i = 0; i < keys.size(); i++) {
      long accountId = keys.get(i).id();
      Long owner = keys.get(i).ownerId();
      // Every third account was last visited 40+ days ago: a cadence finding in the demo.
      LocalDate visited = today.minusDays(i % 3 == 0 ? 40 + rnd.nextInt(20) : 3 + rnd.nextInt(20));
      Activity v = new Activity();
      v.accountId = accountId;
      v.ownerId = owner;
      v.kind = ActivityKind.VISIT;
      v.occurredOn = visited;
      v.purpose = "季度业务回顾";
      v.outcome = "客户认可二期方向";
      v.prepBusinessCards = v.prepNotebook = v.prepContactList = v.prepProductMaterial = true;
      v.prepPriceQuote = i % 2 == 0;
      em.persist(v);
      promise(
          v,
          owner,
          CommitmentSide.CUSTOMER,
          CommitmentKind.TARGET,
          "提供明年采购计划",
          visited.plusDays(14),
          i % 4 == 1
              ? CommitmentStatus.KEPT
              : i % 4 == 2 ? CommitmentStatus.BROKEN : CommitmentStatus.OPEN);
      promise(
          v,
          owner,
          CommitmentSide.US,
          CommitmentKind.FOLLOW_UP,
          "发送二期技术方案",
          visited.plusDays(7),
          i % 2 == 0 ? CommitmentStatus.KEPT : CommitmentStatus.OPEN);
      Activity call = new Activity();
      call.accountId = accountId;
      call.ownerId = owner;
      call.kind = i % 2 == 0 ? ActivityKind.MEETING : ActivityKind.CALL;
      call.occurredOn = today.plusDays(2 + rnd.nextInt(10));
      call.purpose = "预约高层会晤";
      em.persist(call);
    }
  }

  private void promise(
      Activity v,
      Long owner,
      CommitmentSide side,
      CommitmentKind kind,
      String what,
      LocalDate due,
      CommitmentStatus status) {
    Commitment c = new Commitment();
    c.accountId = v.accountId;
    c.activityId = v.id;
    c.ownerId = owner;
    c.side = side;
    c.kind = kind;
    c.description = what;
    c.dueOn = due;
    c.status = status;
    em.persist(c);
  }
}
