package io.pareto.pipeline;

import static io.pareto.pipeline.PipelineFixtures.at;
import static io.pareto.pipeline.PipelineFixtures.day;
import static io.pareto.pipeline.PipelineFixtures.lost;
import static io.pareto.pipeline.Stage.LEAD;
import static io.pareto.pipeline.Stage.NEGOTIATION;
import static io.pareto.pipeline.Stage.PROPOSAL;
import static io.pareto.pipeline.Stage.QUALIFIED;
import static io.pareto.pipeline.Stage.WON;

import io.pareto.pipeline.history.StageSummaries;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

/**
 * Reopened deals in the cohort funnel's losses, and velocity from the unrounded cycle
 * (hand-computed).
 */
@QuarkusTest
class FunnelNumbersTest {
  @Inject TestUsers users;
  @Inject PipelineFixtures pf;
  @Inject EntityManager em;
  @Inject StageSummaries summaries;

  @Test
  void aDealIsLostAtAStageOnlyWhenItsLastCloseEventIsThatLoss() {
    long team = users.team("reopened losses");
    TestUser rep = users.create(Role.REP, team);
    long account = Fixtures.accountId(rep, "重开商机客户 " + team);
    // R1 lost at PROPOSAL, reopened and won: reaches WON, lost nowhere.
    pf.deal(
        account,
        rep.id(),
        "100000",
        null,
        null,
        at(0, LEAD),
        at(10, PROPOSAL),
        lost(20, DealLostReason.PRICE),
        at(30, QUALIFIED),
        at(40, NEGOTIATION),
        at(50, WON));
    // R2 lost at QUALIFIED (TIMING).
    pf.deal(
        account,
        rep.id(),
        "20000",
        null,
        null,
        at(0, LEAD),
        at(10, QUALIFIED),
        lost(20, DealLostReason.TIMING));
    // R3 lost at PROPOSAL, reopened, lost again at QUALIFIED: one loss, the last (QUALIFIED,
    // NO_BUDGET).
    pf.deal(
        account,
        rep.id(),
        "30000",
        null,
        null,
        at(0, LEAD),
        at(5, PROPOSAL),
        lost(15, DealLostReason.PRICE),
        at(25, QUALIFIED),
        lost(35, DealLostReason.NO_BUDGET));
    // R4 lost at LEAD and reopened, still open: its last close event is the loss, so it counts
    // (LEAD, OTHER).
    pf.deal(
        account,
        rep.id(),
        "40000",
        null,
        null,
        at(0, LEAD),
        lost(5, DealLostReason.OTHER),
        at(8, LEAD));

    Json j =
        new Json(
            Api.as(rep)
                .get(
                    "/api/v1/pipeline/funnel?mode=cohort&from=2025-01-01&to=2025-03-31&teamId="
                        + team)
                .then()
                .statusCode(200)
                .extract()
                .response());
    j.eq("cohort.deals", "4")
        .is("cohort.stages[4].stage", "WON")
        .eq("cohort.stages[4].reached", "1");
    // LEAD: R4 OTHER 40000; QUALIFIED: R3 NO_BUDGET 30000 + R2 TIMING 20000; PROPOSAL and later:
    // none.
    j.is("cohort.stages[0].stage", "LEAD")
        .eq("cohort.stages[0].lost", "1")
        .is("cohort.stages[0].lostReasons[0].reason", "OTHER")
        .eq("cohort.stages[0].lostReasons[0].amount", "40000")
        .eq("cohort.stages[1].lost", "2")
        .is("cohort.stages[1].lostReasons[0].reason", "NO_BUDGET")
        .eq("cohort.stages[1].lostReasons[0].amount", "30000")
        .is("cohort.stages[1].lostReasons[1].reason", "TIMING")
        .eq("cohort.stages[1].lostReasons[1].count", "1")
        .eq("cohort.stages[2].lost", "0")
        .eq("cohort.stages[3].lost", "0")
        .eq("cohort.stages[4].lost", "0");
  }

  @Test
  void velocityIsComputedWhenTheAverageCycleRoundsToZeroDays() {
    long team = users.team("fast deals");
    TestUser rep = users.create(Role.REP, team);
    long account = Fixtures.accountId(rep, "快速成交客户 " + team);
    // Won 10 minutes after creation on day 200 (2025-07-20); one more deal stays open.
    long won =
        pf.deal(
            account,
            rep.id(),
            "100000",
            null,
            null,
            at(200, LEAD),
            at(200, NEGOTIATION),
            at(200, WON));
    moveWonBy(won, 600);
    pf.deal(account, rep.id(), "50000", null, null, at(200, LEAD));

    Json j =
        new Json(
            Api.as(rep)
                .get("/api/v1/pipeline/metrics?from=2025-07-20&to=2025-07-20&teamId=" + team)
                .then()
                .statusCode(200)
                .extract()
                .response());
    // cycle 600 s = 0.0069 days → shown as 0.0; velocity = open 1 × win rate 1 × size 100000 ÷ (600
    // / 86400) days
    j.eq("won", "1")
        .eq("lost", "0")
        .eq("averageCycleDays", "0")
        .eq("openDeals", "1")
        .eq("velocityPerDay", "14400000");
  }

  @Transactional
  void moveWonBy(long deal, long seconds) {
    em.createNativeQuery(
            "update stage_change set changed_at = :at where opportunity_id = :id and to_stage = 'WON'")
        .setParameter("at", day(200).plusSeconds(seconds))
        .setParameter("id", deal)
        .executeUpdate();
    summaries.refresh(deal);
  }
}
