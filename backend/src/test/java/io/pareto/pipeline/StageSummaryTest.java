package io.pareto.pipeline;

import static io.pareto.pipeline.PipelineFixtures.at;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-deal summary of the stage history (deal_stage_summary, V75) follows every way history is
 * written: transitions, back-steps, losses, reopens, deletes and imports. Expected rows are
 * hand-computed (day n = 2025-01-01 + n days); the funnel figures read from it are checked on the
 * same deal.
 */
@QuarkusTest
class StageSummaryTest {
  private static final double DAY = 86_400d;
  @Inject TestUsers users;
  @Inject PipelineFixtures pf;
  @Inject EntityManager em;
  @Inject EntityManagerFactory emf;
  TestUser rep;
  TestUser manager;
  TestUser admin;
  long account;

  @BeforeEach
  void setUp() {
    long team = users.team("summary");
    rep = users.create(Role.REP, team);
    manager = users.create(Role.MANAGER, team);
    admin = users.create(Role.ADMIN);
    account = Fixtures.accountId(rep, "摘要测试客户");
  }

  @Test
  void followsTransitionsBackStepsLossesAndReopens() {
    long id =
        pf.deal(
            account, rep.id(), "1000.00", null, null, at(0, Stage.LEAD), at(10, Stage.PROPOSAL));
    assertSummary(id, 2, 0, 10, "PROPOSAL", secs(10, null, null, null), 0, null, null);

    move(rep, id, 0, Stage.QUALIFIED, 15, Map.of("reason", "scope changed"));
    move(rep, id, 1, Stage.NEGOTIATION, 25, Map.of());
    assertSummary(id, 3, 0, 25, "NEGOTIATION", secs(10, 10, 5, null), 0, null, null);

    move(rep, id, 2, Stage.LOST, 30, Map.of("lostReason", "PRICE"));
    assertSummary(id, 3, 0, 30, "LOST", secs(10, 10, 5, 5), 1, "NEGOTIATION", "PRICE");

    move(manager, id, 3, Stage.PROPOSAL, 40, Map.of("reason", "budget found"));
    move(rep, id, 4, Stage.LOST, 42, Map.of("lostReason", "TIMING"));
    // two losses: the summary keeps the latest, and so does the funnel: lost once, at its last loss
    assertSummary(id, 3, 0, 42, "LOST", secs(10, 10, 7, 5), 2, "PROPOSAL", "TIMING");
    Json cohort = funnel("mode=cohort&from=2025-01-01&to=2025-01-01");
    cohort
        .eq("cohort.stages[3].reached", "1")
        .eq("cohort.stages[4].reached", "0")
        .eq("cohort.stages[2].lost", "1")
        .is("cohort.stages[2].lostReasons[0].reason", "TIMING")
        .eq("cohort.stages[2].lostReasons[0].amount", "1000.00")
        .eq("cohort.stages[3].lost", "0")
        .eq("cohort.stages[0].averageDays", "10.0")
        .eq("cohort.stages[2].medianDays", "7.0");
    // at day 35 it was lost, at day 41 reopened in PROPOSAL, at day 12 in PROPOSAL before the
    // back-step
    funnel("mode=snapshot&asOf=" + PipelineFixtures.day(35)).eq("snapshot.stages[2].count", "0");
    funnel("mode=snapshot&asOf=" + PipelineFixtures.day(41)).eq("snapshot.stages[2].count", "1");
    funnel("mode=snapshot&asOf=" + PipelineFixtures.day(12))
        .eq("snapshot.stages[2].count", "1")
        .eq("snapshot.stages[1].count", "0");

    move(manager, id, 5, Stage.NEGOTIATION, 50, Map.of());
    move(rep, id, 6, Stage.WON, 60, Map.of());
    move(rep, id, 7, Stage.COLLECTED, 90, Map.of());
    assertSummary(
        id,
        5,
        0,
        90,
        "COLLECTED",
        new Double[] {10d, 10d, 7d, 15d, 30d, null},
        2,
        "PROPOSAL",
        "TIMING");

    Api.as(rep)
        .header("If-Match", "\"8\"")
        .delete("/api/v1/opportunities/" + id)
        .then()
        .statusCode(204);
    assertEquals(0L, count(id));
  }

  @Test
  void newDealsAndImportsAreSummarised() {
    long created = PipelineFixtures.createDeal(rep, account, "50.00");
    Object[] row = row(created);
    assertEquals(0, ((Number) row[0]).intValue());
    assertEquals("LEAD", row[3]);

    String key = "SUM-" + System.nanoTime();
    String header = "externalId,accountExternalId,name,amount,stage,ownerEmail\n";
    importCsv("accounts", "externalId,name\n" + key + ",Summary import " + key + "\n");
    importCsv(
        "opportunities",
        header + key + "-1," + key + ",Imported deal,200.00,PROPOSAL," + rep.email() + "\n");
    long imported =
        ((Number)
                em.createNativeQuery("select id from opportunity where external_id = :k")
                    .setParameter("k", key + "-1")
                    .getSingleResult())
            .longValue();
    row = row(imported);
    assertEquals(2, ((Number) row[0]).intValue());
    assertEquals("PROPOSAL", row[3]);
    assertEquals(0, ((Number) row[10]).intValue());

    importCsv(
        "opportunities",
        header + key + "-1," + key + ",Imported deal,200.00,LOST," + rep.email() + "\n");
    row = row(imported);
    assertEquals(2, ((Number) row[0]).intValue());
    assertEquals("LOST", row[3]);
    assertArrayEquals(
        new Object[] {1, "PROPOSAL", "OTHER"},
        new Object[] {((Number) row[10]).intValue(), row[11], row[12]},
        "an imported loss: at the stage before, OTHER");
  }

  @Test
  void anEditedAmountReachesTheSummaryAndTheUnfilteredCohort() {
    // created on a day no other test uses, so an ADMIN's unfiltered cohort of that day holds this
    // deal alone
    int day = -3000;
    long id =
        pf.deal(
            account,
            rep.id(),
            "1000.00",
            null,
            null,
            at(day, Stage.LEAD),
            at(day + 4, Stage.QUALIFIED));
    Api.as(rep)
        .header("If-Match", "\"0\"")
        .body(Map.of("accountId", account, "name", "改价", "amount", "2500.00"))
        .put("/api/v1/opportunities/" + id)
        .then()
        .statusCode(200);
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "select amount, created_at from deal_stage_summary where opportunity_id = :id")
                .setParameter("id", id)
                .getSingleResult();
    assertEquals(
        0,
        new java.math.BigDecimal("2500.00").compareTo((java.math.BigDecimal) r[0]),
        "summary amount");
    assertEquals(PipelineFixtures.day(day), instant(r[1]), "summary created_at");
    String date = PipelineFixtures.day(day).toString().substring(0, 10);
    String query = "mode=cohort&from=" + date + "&to=" + date;
    Json unfiltered =
        new Json(
            Api.as(admin)
                .get("/api/v1/pipeline/funnel?" + query)
                .then()
                .statusCode(200)
                .extract()
                .response());
    for (Json j : List.of(unfiltered, funnel(query))) {
      j.eq("cohort.stages[0].reached", "1")
          .eq("cohort.stages[1].reached", "1")
          .eq("cohort.stages[2].reached", "0")
          .eq("cohort.stages[1].amount", "2500.00")
          .eq("cohort.stages[0].averageDays", "4.0")
          .eq("cohort.stages[0].medianDays", "4.0");
    }
    // two days in, the deal is an open LEAD (10%) for the unfiltered snapshot as for the narrowed
    // one
    String snapshot = "mode=snapshot&asOf=" + PipelineFixtures.day(day + 2);
    Json all =
        new Json(
            Api.as(admin)
                .get("/api/v1/pipeline/funnel?" + snapshot)
                .then()
                .statusCode(200)
                .extract()
                .response());
    for (Json j : List.of(all, funnel(snapshot))) {
      j.eq("snapshot.stages[0].count", "1")
          .eq("snapshot.stages[0].amount", "2500.00")
          .eq("snapshot.stages[0].weightedAmount", "250.00")
          .eq("snapshot.stages[0].averageAgeDays", "2.0")
          .eq("snapshot.stages[1].count", "0");
    }
  }

  @Test
  void reportStatementsDoNotGrowWithTheDeals() {
    String cohort = "mode=cohort&from=2025-01-01&to=2025-12-31";
    String snapshot = "mode=snapshot&asOf=" + PipelineFixtures.day(3);
    pf.deal(account, rep.id(), "10.00", null, null, at(0, Stage.LEAD), at(5, Stage.QUALIFIED));
    long[] one = {statements(cohort), statements(snapshot)};
    for (int i = 0; i < 4; i++) {
      pf.deal(
          account,
          rep.id(),
          "20.00",
          null,
          null,
          at(i, Stage.LEAD),
          PipelineFixtures.lost(i + 2, DealLostReason.PRICE),
          at(i + 4, Stage.PROPOSAL),
          PipelineFixtures.lost(i + 6, DealLostReason.TIMING));
    }
    assertArrayEquals(
        one,
        new long[] {statements(cohort), statements(snapshot)},
        "cohort and snapshot statements with 1 and 5 deals (4 of them lost twice)");
  }

  private long statements(String query) {
    var stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    funnel(query);
    return stats.getPrepareStatementCount();
  }

  private void move(
      TestUser as, long id, long version, Stage to, int day, Map<String, Object> extra) {
    Map<String, Object> body = new HashMap<>(extra);
    body.put("to", to.name());
    body.put("at", PipelineFixtures.day(day).toString());
    Api.as(as)
        .header("If-Match", "\"" + version + "\"")
        .body(body)
        .post("/api/v1/opportunities/" + id + "/transitions")
        .then()
        .statusCode(200);
  }

  private Json funnel(String query) {
    return new Json(
        Api.as(admin)
            .get("/api/v1/pipeline/funnel?ownerId=" + rep.id() + "&" + query)
            .then()
            .statusCode(200)
            .extract()
            .response());
  }

  private void importCsv(String dataset, String csv) {
    Fixtures.importCsv(admin, dataset, csv);
  }

  private static Double[] secs(
      Integer lead, Integer qualified, Integer proposal, Integer negotiation) {
    return new Double[] {
      days(lead), days(qualified), days(proposal), days(negotiation), null, null
    };
  }

  private static Double days(Integer d) {
    return d == null ? null : d.doubleValue();
  }

  private void assertSummary(
      long id,
      int furthest,
      int firstDay,
      int lastDay,
      String lastStage,
      Double[] stayDays,
      int losses,
      String lostAt,
      String lostReason) {
    Object[] r = row(id);
    assertEquals(furthest, ((Number) r[0]).intValue(), "furthest rank");
    assertEquals(PipelineFixtures.day(firstDay), instant(r[1]), "first change");
    assertEquals(PipelineFixtures.day(lastDay), instant(r[2]), "last change");
    assertEquals(lastStage, r[3], "last stage");
    for (int s = 0; s < 6; s++) {
      Double actual = r[4 + s] == null ? null : ((Number) r[4 + s]).doubleValue() / DAY;
      assertEquals(stayDays[s], actual, Stage.values()[s] + " days");
    }
    assertEquals(losses, ((Number) r[10]).intValue(), "losses");
    assertEquals(lostAt, r[11], "lost at");
    assertEquals(lostReason, r[12], "lost reason");
  }

  private Object[] row(long id) {
    List<?> rows =
        em.createNativeQuery(
                "select furthest_rank, first_at, last_at, last_stage, lead_secs, qualified_secs,"
                    + " proposal_secs, negotiation_secs, won_secs, collected_secs, losses, lost_at_stage, lost_reason"
                    + " from deal_stage_summary where opportunity_id = :id")
            .setParameter("id", id)
            .getResultList();
    assertEquals(1, rows.size(), "one summary row for deal " + id);
    return (Object[]) rows.get(0);
  }

  private long count(long id) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from deal_stage_summary where opportunity_id = :id")
                .setParameter("id", id)
                .getSingleResult())
        .longValue();
  }

  private static java.time.Instant instant(Object o) {
    if (o instanceof java.time.Instant i) return i;
    if (o instanceof java.time.OffsetDateTime t) return t.toInstant();
    if (o instanceof java.sql.Timestamp t) return t.toInstant();
    return java.time.Instant.parse(o.toString());
  }
}
