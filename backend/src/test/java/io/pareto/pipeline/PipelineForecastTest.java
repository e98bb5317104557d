package io.pareto.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Metrics, forecast and stuck deals over the hand-computed fixture ({@link PipelineFunnelFixture}).
 */
@QuarkusTest
class PipelineForecastTest {
  @Inject TestUsers users;
  @Inject PipelineFixtures pf;
  PipelineFunnelFixture fx;

  @BeforeEach
  void setUp() {
    fx = new PipelineFunnelFixture(users, pf);
  }

  Json get(String path) {
    return new Json(
        Api.as(fx.admin)
            .get(path + (path.contains("?") ? "&" : "?") + "teamId=" + fx.teamId)
            .then()
            .statusCode(200)
            .extract()
            .response());
  }

  @Test
  void metricsOfDealsClosedInTheFirstQuarter() {
    // Last close event per deal in days 0..89: WON D1 (40), D2 (32), D10 (75), D15 (50); LOST D3,
    // D4, D5, D7
    // (lost on day 30, reopened later: it was lost in the range), D9. D13 is won on day 100,
    // outside.
    // win rate 4/9 = 0.4444; deal size (100000+200000+90000+1000000)/4 = 347500
    // cycle: D1 40, D2 30, D10 35, D15 60 → 165/4 = 41.25 → 41.3
    // open now: D6, D7, D8, D11, D12, D14 = 6; velocity = 6 × 4/9 × 347500 / 41.25 = 22464.65 per
    // day
    // collection: D1 WON 40 → COLLECTED 70 = 30 days
    Json j = get("/api/v1/pipeline/metrics?from=2025-01-01&to=2025-03-31");
    j.eq("won", "4")
        .eq("lost", "5")
        .eq("winRate", "0.4444")
        .eq("averageDealSize", "347500")
        .eq("averageCycleDays", "41.3")
        .eq("openDeals", "6")
        .eq("velocityPerDay", "22464.65")
        .eq("averageCollectionDays", "30");
    assertEquals(
        List.of("PRICE", "COMPETITOR", "NO_BUDGET", "TIMING", "OTHER"),
        j.get("lostReasons.reason"));
    j.eq("lostReasons[4].amount", "150000.05").eq("lostReasons[1].count", "1");
  }

  @Test
  void forecastPerOwnerTeamAndTotalWithSlippedDeals() {
    // 2025-Q1, judged on 2025-03-20. Closed: won in Q1 = D1 100000 + D2 200000 + D10 90000 + D15
    // 1000000.
    // Open deals expected in Q1: D6 NEG 300000 (COMMIT), D7 PROP 60000 (override COMMIT), D12 PROP
    // 250000 (rep2,
    // BEST_CASE), D8 LEAD 40000.05 (PIPELINE), D14 QUAL (override OMITTED: out). D11 expects May:
    // out.
    // commit 360000; best case 610000; pipeline 650000.05
    // weighted (stage probability, per deal rounded): 225000 + 30000 + 125000 + 4000.01 = 384000.01
    Json j = get("/api/v1/pipeline/forecast?period=2025-Q1&asOf=2025-03-20");
    j.is("start", "2025-01-01")
        .is("end", "2025-04-01")
        .eq("total.closed", "1390000")
        .eq("total.commit", "360000")
        .eq("total.bestCase", "610000")
        .eq("total.pipeline", "650000.05")
        .eq("total.weighted", "384000.01");
    // rep1 first (bigger), then rep2 with D12 only.
    j.eq("owners[0].ownerId", String.valueOf(fx.rep1.id()))
        .eq("owners[0].figures.closed", "1390000")
        .eq("owners[0].figures.bestCase", "360000")
        .eq("owners[0].figures.pipeline", "400000.05")
        .eq("owners[0].figures.weighted", "259000.01")
        .eq("owners[1].ownerId", String.valueOf(fx.rep2.id()))
        .eq("owners[1].figures.commit", "0")
        .eq("owners[1].figures.bestCase", "250000")
        .eq("owners[1].figures.weighted", "125000");
    j.eq("teams[0].teamId", String.valueOf(fx.teamId)).eq("teams[0].figures.pipeline", "650000.05");
    // Slipped: D8 expected 2025-02-15 (33 days), D6 expected 2025-03-10 (10 days); D7, D12, D14 not
    // yet due.
    assertEquals(
        List.of(fx.d[8], fx.d[6]),
        j.<List<Integer>>get("slipped.id").stream().map(Integer::longValue).toList());
    j.eq("slipped[0].daysOverdue", "33").eq("slipped[1].daysOverdue", "10");
    // A month period: March holds D6, D7, D12, D14(omitted) but not D8; closed in March = D10 (day
    // 75).
    get("/api/v1/pipeline/forecast?period=2025-03&asOf=2025-03-20")
        .eq("total.closed", "90000")
        .eq("total.pipeline", "610000");
  }

  @Test
  void stuckDealsExceedTwiceTheMedianStayOfTheirStage() {
    // On day 120, medians of completed stays (each stay, all 15 deals): LEAD 10 (14 stays:
    // 1,2,4,5,10×8,15,20),
    // QUAL 10 (5,10,10,10,10,20,20,20), PROP 20 (10,10,10,20,20,20,20,45), NEG 10 (10,10,10,20).
    // Thresholds max(2m, 14): LEAD 20, QUAL 20, PROP 40, NEG 20.
    // Open: D8 LEAD 90 days > 20; D6 NEG 76 > 20; D11 QUAL 68 > 20; D7 PROP 50 > 40;
    // D12 PROP 29 ≤ 40 and D14 QUAL 10 ≤ 20 are not stuck.
    Json j = get("/api/v1/pipeline/stuck?asOf=2025-05-01T00:00:00Z");
    assertEquals(
        List.of(fx.d[8], fx.d[6], fx.d[11], fx.d[7]),
        j.<List<Integer>>get("id").stream().map(Integer::longValue).toList());
    j.eq("[0].daysInStage", "90")
        .eq("[0].medianDays", "10")
        .eq("[0].thresholdDays", "20")
        .eq("[3].daysInStage", "50")
        .eq("[3].medianDays", "20")
        .eq("[3].thresholdDays", "40");
  }

  @Test
  void badPeriodIsA400() {
    Api.as(fx.admin).get("/api/v1/pipeline/forecast?period=2025-Q5").then().statusCode(400);
  }
}
