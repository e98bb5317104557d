package io.pareto.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.support.DemoFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo dataset must tell the 20/80 story. It is loaded into this test's database under its own
 * external ids (DEMO-xxxx); the assertions only read those rows.
 */
@QuarkusTest
class DemoDataTest {
  @Inject DemoFixture demoFixture;
  @Inject EntityManager em;

  @Test
  void twentyPercentOfCustomersBringAboutEightyPercentOfRevenue() {
    YearMonth current = demoFixture.ensureLoaded();
    List<BigDecimal> revenue12 =
        em.createQuery(
                "select coalesce(sum(f.revenue), 0) from Account a left join AccountFact f on f.account = a"
                    + " and f.month >= :from and f.month <= :to where a.externalId like 'DEMO-%' group by a.id order by 1 desc",
                BigDecimal.class)
            .setParameter("from", current.minusMonths(12).atDay(1))
            .setParameter("to", current.minusMonths(1).atDay(1))
            .getResultList();
    assertEquals(64, revenue12.size());
    long buying = revenue12.stream().filter(r -> r.signum() > 0).count();
    assertEquals(50, buying, "50 active, 6 lost, 8 prospects");
    BigDecimal total = revenue12.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal top =
        revenue12.subList(0, 13).stream().reduce(BigDecimal.ZERO, BigDecimal::add); // 20% of 64
    double share = top.doubleValue() / total.doubleValue();
    assertTrue(share > 0.75 && share < 0.9, "top 20% of customers bring " + share);

    long contacts =
        em.createQuery(
                "select count(c) from Contact c where c.account.externalId like 'DEMO-%'",
                Long.class)
            .getSingleResult();
    assertTrue(contacts >= 64 * 3 && contacts <= 64 * 8, "3–8 contacts per account: " + contacts);
    long stages =
        em.createQuery(
                "select count(distinct o.stage) from Opportunity o where o.account.externalId like 'DEMO-%'",
                Long.class)
            .getSingleResult();
    assertEquals(7, stages, "deals in every stage");
    long users =
        em.createQuery(
                "select count(u) from AppUser u where u.email like '%@pareto.demo'", Long.class)
            .getSingleResult();
    assertEquals(8, users);
  }
}
