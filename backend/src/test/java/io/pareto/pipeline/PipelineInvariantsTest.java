package io.pareto.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The properties against the real queries, over random histories that follow the rules
 * (seeded, so a failure reproduces; jqwik cannot drive a @QuarkusTest, so the tries are a loop):
 * reached counts never increase down the stages; weighted ≤ amount; the snapshot count at T equals
 * the number of deals whose history says open at T.
 */
@QuarkusTest
class PipelineInvariantsTest {
  @Inject TestUsers users;
  @Inject PipelineFixtures pf;

  @Test
  void invariantsHoldOnRandomHistories() {
    for (long seed = 1; seed <= 4; seed++) {
      Random rnd = new Random(seed);
      long team = users.team("invariants " + seed);
      TestUser rep = users.create(Role.REP, team);
      TestUser admin = users.create(Role.ADMIN);
      long account = Fixtures.accountId(rep, "随机客户 " + seed);
      List<List<PipelineFixtures.Step>> histories = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        List<PipelineFixtures.Step> h = randomHistory(rnd);
        histories.add(h);
        pf.deal(
            account,
            rep.id(),
            (1 + rnd.nextInt(900)) + "." + (10 + rnd.nextInt(90)),
            null,
            null,
            h.toArray(PipelineFixtures.Step[]::new));
      }
      Json cohort =
          new Json(
              Api.as(admin)
                  .get(
                      "/api/v1/pipeline/funnel?mode=cohort&from=2024-01-01&to=2026-01-01&teamId="
                          + team)
                  .then()
                  .statusCode(200)
                  .extract()
                  .response());
      long previous = Long.MAX_VALUE;
      for (int s = 0; s < 6; s++) {
        long reached = ((Number) cohort.get("cohort.stages[" + s + "].reached")).longValue();
        assertTrue(reached <= previous, "seed " + seed + ": reached increases at stage " + s);
        previous = reached;
      }
      for (int t = 0; t < 3; t++) {
        int day = rnd.nextInt(200);
        Json snap =
            new Json(
                Api.as(admin)
                    .get(
                        "/api/v1/pipeline/funnel?mode=snapshot&teamId="
                            + team
                            + "&asOf="
                            + PipelineFixtures.day(day))
                    .then()
                    .statusCode(200)
                    .extract()
                    .response());
        long count = 0;
        for (int s = 0; s < 4; s++) {
          count += ((Number) snap.get("snapshot.stages[" + s + "].count")).longValue();
          BigDecimal amount =
              new BigDecimal(snap.get("snapshot.stages[" + s + "].amount").toString());
          BigDecimal weighted =
              new BigDecimal(snap.get("snapshot.stages[" + s + "].weightedAmount").toString());
          assertTrue(weighted.compareTo(amount) <= 0, "seed " + seed + ": weighted > amount");
        }
        assertEquals(openAt(histories, day), count, "seed " + seed + ", day " + day);
      }
    }
  }

  /**
   * A route that obeys the rules: forward jumps, back-steps, losses and manager reopens, wins and
   * cash.
   */
  static List<PipelineFixtures.Step> randomHistory(Random rnd) {
    List<PipelineFixtures.Step> h = new ArrayList<>();
    int day = rnd.nextInt(150);
    Stage stage = Stage.LEAD;
    h.add(PipelineFixtures.at(day, stage));
    for (int n = rnd.nextInt(6); n > 0; n--) {
      List<Stage> allowed = StageRules.allowed(stage, true);
      if (allowed.isEmpty()) break;
      stage = allowed.get(rnd.nextInt(allowed.size()));
      day += rnd.nextInt(30); // same-day changes too: ordered by id
      h.add(
          stage == Stage.LOST
              ? PipelineFixtures.lost(day, DealLostReason.values()[rnd.nextInt(8)])
              : PipelineFixtures.at(day, stage));
    }
    return h;
  }

  /** The model: a deal is open at day T when its last change on or before T is to an open stage. */
  static long openAt(List<List<PipelineFixtures.Step>> histories, int day) {
    return histories.stream()
        .filter(
            h -> {
              Stage at = null;
              for (PipelineFixtures.Step s : h) if (s.day() <= day) at = s.stage();
              return at != null && at.isOpen();
            })
        .count();
  }
}
