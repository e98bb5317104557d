package io.pareto.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.DemoFixture;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo back-dates its deals (created 20 to 360 days ago) after writing their history: the stage
 * summary must carry the back-dated creation instant, so the snapshot shows real ages, not 0.0
 * days.
 */
@QuarkusTest
class DemoStageAgesTest {
  @Inject DemoFixture demo;
  @Inject TestUsers users;
  @Inject EntityManager em;

  @Test
  void theDemoSnapshotShowsTheAgeOfItsDeals() {
    demo.ensureLoaded();
    long demoOwner = QuarkusTransaction.requiringNew().call(this::demoOwnerWithoutDrift);
    TestUser admin = users.create(Role.ADMIN);
    List<Map<String, Object>> stages =
        Api.as(admin)
            .get("/api/v1/pipeline/funnel?mode=snapshot&ownerId=" + demoOwner)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("snapshot.stages");
    long open = 0;
    for (Map<String, Object> s : stages) {
      long count = ((Number) s.get("count")).longValue();
      open += count;
      if (count == 0) continue;
      // Every demo deal was created at least 20 days ago.
      double age = new BigDecimal(String.valueOf(s.get("averageAgeDays"))).doubleValue();
      assertTrue(age >= 20, s.get("stage") + " average age " + age);
    }
    assertTrue(open > 0, "the demo owner has open deals");
  }

  /**
   * No demo summary row disagrees with its deal's creation instant; the demo user owning most open
   * deals.
   */
  long demoOwnerWithoutDrift() {
    Number drifted =
        (Number)
            em.createNativeQuery(
                    "select count(*) from deal_stage_summary s join opportunity o"
                        + " on o.id = s.opportunity_id join account a on a.id = o.account_id where a.external_id like 'DEMO-%'"
                        + " and s.created_at <> o.created_at")
                .getSingleResult();
    assertEquals(
        0, drifted.longValue(), "demo summaries whose creation instant differs from the deal's");
    return ((Number)
            em.createNativeQuery(
                    "select o.owner_id from opportunity o join account a on a.id = o.account_id"
                        + " where a.external_id like 'DEMO-%' and o.stage in ('LEAD', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION')"
                        + " and o.owner_id is not null group by o.owner_id order by count(*) desc fetch first 1 rows only")
                .getSingleResult())
        .longValue();
  }
}
