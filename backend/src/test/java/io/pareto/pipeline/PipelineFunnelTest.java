package io.pareto.pipeline;

import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cohort and snapshot funnels over the hand-computed fixture ({@link PipelineFunnelFixture}). */
@QuarkusTest
class PipelineFunnelTest {
  @Inject TestUsers users;
  @Inject PipelineFixtures pf;
  PipelineFunnelFixture fx;

  @BeforeEach
  void setUp() {
    fx = new PipelineFunnelFixture(users, pf);
  }

  Json funnel(String query) {
    return new Json(
        Api.as(fx.admin)
            .get("/api/v1/pipeline/funnel?teamId=" + fx.teamId + "&" + query)
            .then()
            .statusCode(200)
            .extract()
            .response());
  }

  @Test
  void cohortCountsEveryStageADealReachedIncludingSkippedOnes() {
    // Cohort 2025-Q1 = D1..D13. Furthest stage: D1 COLLECTED; D2, D10, D13 WON; D6, D9, D12 NEG;
    // D5, D7 PROP; D4, D11 QUAL; D3, D8 LEAD.
    Json j = funnel("mode=cohort&from=2025-01-01&to=2025-03-31");
    j.is("mode", "COHORT").eq("cohort.deals", "13");
    // reached: LEAD 13; QUAL 13-2 = 11; PROP 11-2 = 9; NEG 9-2 = 7; WON 7-3 = 4; COLLECTED 1.
    // amount: all 13 = 1,620,000.10; minus D3 50000, D8 40000.05 = 1,530,000.05; minus D4, D11 =
    // 1,380,000.05;
    // minus D5, D7 = 1,200,000.05; WON: D1+D2+D10+D13 = 500,000; COLLECTED: D1 = 100,000.
    String[][] reached = {
      {"LEAD", "13", "1620000.10"},
      {"QUALIFIED", "11", "1530000.05"},
      {"PROPOSAL", "9", "1380000.05"},
      {"NEGOTIATION", "7", "1200000.05"},
      {"WON", "4", "500000"},
      {"COLLECTED", "1", "100000"}
    };
    for (int i = 0; i < reached.length; i++) {
      j.is("cohort.stages[" + i + "].stage", reached[i][0])
          .eq("cohort.stages[" + i + "].reached", reached[i][1])
          .eq("cohort.stages[" + i + "].amount", reached[i][2]);
    }
    // conversion from previous: -, 11/13, 9/11, 7/9, 4/7, 1/4; from LEAD: 1, 11/13, 9/13, 7/13,
    // 4/13, 1/13 (4 places)
    String[] fromPrevious = {null, "0.8462", "0.8182", "0.7778", "0.5714", "0.25"};
    String[] fromLead = {"1", "0.8462", "0.6923", "0.5385", "0.3077", "0.0769"};
    for (int i = 0; i < 6; i++) {
      j.eq("cohort.stages[" + i + "].conversionFromPrevious", fromPrevious[i])
          .eq("cohort.stages[" + i + "].conversionFromLead", fromLead[i]);
    }
    // lost at: LEAD D3 PRICE 50000 + D7 TIMING 60000 (lost, later reopened); QUAL D4 NO_BUDGET;
    // PROP D5 COMPETITOR; NEG D9 OTHER 150000.05; none later.
    j.eq("cohort.stages[0].lost", "2")
        .is("cohort.stages[0].lostReasons[0].reason", "PRICE")
        .eq("cohort.stages[0].lostReasons[0].amount", "50000")
        .is("cohort.stages[0].lostReasons[1].reason", "TIMING")
        .eq("cohort.stages[1].lost", "1")
        .is("cohort.stages[1].lostReasons[0].reason", "NO_BUDGET")
        .eq("cohort.stages[2].lost", "1")
        .is("cohort.stages[2].lostReasons[0].reason", "COMPETITOR")
        .eq("cohort.stages[3].lost", "1")
        .is("cohort.stages[3].lostReasons[0].reason", "OTHER")
        .eq("cohort.stages[3].lostReasons[0].amount", "150000.05")
        .eq("cohort.stages[4].lost", "0");
    // Days in stage, completed stays summed per deal:
    // LEAD: 10,10,20,10,10,4,10,10,5,2,1,10 (D8 still there) → sum 102 / 12 = 8.5; sorted
    // 1,2,4,5,10×7,20 → median 10
    // QUAL: D1 10, D4 20, D5 10+20=30, D6 10, D7 20, D10 10, D13 5 → 105/7 = 15; median 10
    // PROP: D1 10, D2 20, D5 10+20=30, D6 20, D10 10, D12 20 (still there again) → 110/6 = 18.3;
    // median 20
    // NEG: D1 10, D9 20, D10 10, D12 10 → 12.5; median 10.   WON: D1 30 → 30; 30.   COLLECTED:
    // none.
    String[][] days = {
      {"8.5", "10"}, {"15", "10"}, {"18.3", "20"}, {"12.5", "10"}, {"30", "30"}, {null, null}
    };
    for (int i = 0; i < 6; i++) {
      j.eq("cohort.stages[" + i + "].averageDays", days[i][0])
          .eq("cohort.stages[" + i + "].medianDays", days[i][1]);
    }
  }

  @Test
  void cohortRangeSelectsByCreationDay() {
    // Only D13 (day 85 = 2025-03-27) is created in 2025-03-27..2025-04-05; D14 is day 100.
    funnel("mode=cohort&from=2025-03-27&to=2025-04-05")
        .eq("cohort.deals", "1")
        .eq("cohort.stages[1].reached", "1")
        .eq("cohort.stages[2].reached", "1")
        .eq("cohort.stages[4].reached", "1")
        .eq("cohort.stages[5].reached", "0")
        .eq("cohort.stages[5].conversionFromPrevious", "0");
  }

  @Test
  void snapshotReconstructsOpenDealsAtSeveralInstants() {
    // Day 35 (a change at exactly that instant counts: D4 is LOST): LEAD D8, D9; PROP D5, D6, D15;
    // NEG D1.
    // LEAD weighted: round(4000.005) + round(15000.005) = 4000.01 + 15000.01 = 19000.02 (per deal,
    // then summed)
    Json t1 = funnel("mode=snapshot&asOf=2025-02-05T00:00:00Z");
    t1.is("mode", "SNAPSHOT")
        .is("snapshot.stages[0].stage", "LEAD")
        .eq("snapshot.stages[0].count", "2")
        .eq("snapshot.stages[0].amount", "190000.10")
        .eq("snapshot.stages[0].weightedAmount", "19000.02")
        .eq("snapshot.stages[0].averageAgeDays", "5")
        .eq("snapshot.stages[1].count", "0")
        .eq("snapshot.stages[1].amount", "0")
        .eq("snapshot.stages[1].averageAgeDays", null)
        // PROP: 120000 + 300000 + 1000000 = 1,420,000 × 50% = 710,000; ages 25, 25, 45 → 31.7
        .eq("snapshot.stages[2].count", "3")
        .eq("snapshot.stages[2].amount", "1420000")
        .eq("snapshot.stages[2].weightedAmount", "710000")
        .eq("snapshot.stages[2].averageAgeDays", "31.7")
        .eq("snapshot.stages[3].count", "1")
        .eq("snapshot.stages[3].weightedAmount", "75000")
        .eq("snapshot.stages[3].averageAgeDays", "35");
    // Day 90: LEAD D8 (age 60), D13 (5); QUAL D11 (40); PROP D7 (70); NEG D6 (80), D12 (30).
    Json t2 = funnel("mode=snapshot&asOf=2025-04-01T00:00:00Z");
    t2.eq("snapshot.stages[0].count", "2")
        .eq("snapshot.stages[0].amount", "150000.05")
        .eq("snapshot.stages[0].weightedAmount", "15000.01")
        .eq("snapshot.stages[0].averageAgeDays", "32.5")
        .eq("snapshot.stages[1].count", "1")
        .eq("snapshot.stages[1].weightedAmount", "17500")
        .eq("snapshot.stages[2].count", "1")
        .eq("snapshot.stages[2].weightedAmount", "30000")
        .eq("snapshot.stages[2].averageAgeDays", "70")
        .eq("snapshot.stages[3].count", "2")
        .eq("snapshot.stages[3].amount", "550000")
        .eq("snapshot.stages[3].weightedAmount", "412500")
        .eq("snapshot.stages[3].averageAgeDays", "55");
    // Before any deal existed: nothing open.
    Json t0 = funnel("mode=snapshot&asOf=2024-12-01T00:00:00Z");
    for (int i = 0; i < 4; i++) t0.eq("snapshot.stages[" + i + "].count", "0");
  }

  @Test
  void reportsAreScopedToTheCaller() {
    // rep2 owns deal D12 but not its account: scoping goes through the account, so rep2 sees
    // nothing.
    new Json(
            Api.as(fx.rep2)
                .get(
                    "/api/v1/pipeline/funnel?mode=cohort&from=2025-01-01&to=2025-03-31&teamId="
                        + fx.teamId)
                .then()
                .statusCode(200)
                .extract()
                .response())
        .eq("cohort.deals", "0");
    new Json(
            Api.as(fx.outsider)
                .get(
                    "/api/v1/pipeline/funnel?mode=snapshot&asOf=2025-04-01T00:00:00Z&teamId="
                        + fx.teamId)
                .then()
                .statusCode(200)
                .extract()
                .response())
        .eq("snapshot.stages[3].count", "0");
    // The team's manager sees the same as the admin.
    new Json(
            Api.as(fx.manager)
                .get("/api/v1/pipeline/funnel?mode=cohort&from=2025-01-01&to=2025-03-31")
                .then()
                .statusCode(200)
                .extract()
                .response())
        .eq("cohort.deals", "13")
        .eq("cohort.stages[4].reached", "4");
    // Filters: deal owner rep2 → D12 only; another account category → nothing.
    funnel("mode=cohort&from=2025-01-01&to=2025-03-31&ownerId=" + fx.rep2.id())
        .eq("cohort.deals", "1");
    funnel("mode=cohort&from=2025-01-01&to=2025-03-31&accountCategory=KEY").eq("cohort.deals", "0");
  }
}
