package io.pareto.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.support.DemoFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * The demo loader's plans, visits and review cycle, checked inside a transaction that is rolled
 * back.
 */
@QuarkusTest
class PlanDemoTest {
  @Inject DemoFixture demoFixture;
  @Inject EntityManager em;

  @Test
  void everyDemoKeyAccountGetsAPlanVisitsWithCommitmentsAndAReview() {
    demoFixture.ensureLoaded();
    QuarkusTransaction.begin();
    try {
      long plans = count("select count(*) from account_plan where stage_goal like '%建立季度高层会晤机制%'");
      assertTrue(plans > 0, "the demo KEY accounts have plans");
      assertEquals(plans, count("select count(*) from activity where purpose like '%季度业务回顾%'"));
      assertEquals(
          plans,
          count(
              "select count(*) from key_account_review r join review_cycle c on c.id = r.cycle_id "
                  + "where c.opened_by_id is null and r.account_id in (select account_id from account_plan "
                  + "where stage_goal like '%建立季度高层会晤机制%')"));
      assertEquals(
          plans,
          count(
              "select count(*) from concession where description like '%达量返利%' "
                  + "and commitment_id is not null"));
      assertTrue(
          count("select count(*) from commitment where status = 'OPEN' and due_on < current_date")
              > 0,
          "some demo commitments are overdue");
    } finally {
      QuarkusTransaction.rollback();
    }
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }
}
