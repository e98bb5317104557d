package io.pareto.review;

import io.pareto.common.DemoDataLoaded;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

/**
 * A review cycle for the current quarter over all demo KEY accounts, a third of them already
 * scored.
 */
@ApplicationScoped
public class ReviewDemo {
  private final EntityManager em;

  public ReviewDemo(EntityManager em) {
    this.em = em;
  }

  @SuppressWarnings("unchecked")
  void onDemoData(@Observes @Priority(3200) DemoDataLoaded loaded) {
    LocalDate today = LocalDate.now();
    ReviewCycle cycle = new ReviewCycle();
    cycle.period = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    cycle.dueOn = today.plusDays(21);
    em.persist(cycle);
    List<Number> keys =
        em.createNativeQuery(
                "select a.id from account a where a.category = 'KEY' and a.id in (:ids) "
                    + "order by a.id")
            .setParameter("ids", loaded.accountIds())
            .getResultList();
    for (int i = 0; i < keys.size(); i++) {
      KeyAccountReview r = new KeyAccountReview();
      r.cycleId = cycle.id;
      r.accountId = keys.get(i).longValue();
      r.period = cycle.period;
      if (i % 3 == 0) {
        r.status = ReviewStatus.SUBMITTED;
        r.contributionRevenue = r.contributionProfit = (short) (i % 2 == 0 ? 5 : 2);
        r.contributionBrand = 4;
        r.potential = 4;
        r.satisfaction = 3;
        r.loyalty = (short) (i % 2 == 0 ? 4 : 2);
        r.recommendation = i % 2 == 0 ? Recommendation.KEEP : Recommendation.DEMOTE;
        r.contributionComment = i % 2 == 0 ? "利润贡献稳定 / steady profit" : "利润连续下滑 / profit falling";
      }
      em.persist(r);
    }
  }
}
