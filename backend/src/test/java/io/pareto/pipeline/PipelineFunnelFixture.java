package io.pareto.pipeline;

import static io.pareto.pipeline.PipelineFixtures.at;
import static io.pareto.pipeline.PipelineFixtures.lost;
import static io.pareto.pipeline.Stage.COLLECTED;
import static io.pareto.pipeline.Stage.LEAD;
import static io.pareto.pipeline.Stage.NEGOTIATION;
import static io.pareto.pipeline.Stage.PROPOSAL;
import static io.pareto.pipeline.Stage.QUALIFIED;
import static io.pareto.pipeline.Stage.WON;

import io.pareto.security.Role;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import java.time.LocalDate;

/**
 * The hand-computed pipeline: 15 deals on one account of rep1 in a fresh team (day n = 2025-01-01 +
 * n). D12 is owned by rep2 of the same team. D1–D13 are created in 2025-Q1 (days 0..89), D14 after,
 * D15 before.
 *
 * <pre>
 * deal amount     history (day stage)                                         now          expected close / override
 * D1   100000     0 LEAD, 10 QUAL, 20 PROP, 30 NEG, 40 WON, 70 COLLECTED       COLLECTED
 * D2   200000     2 LEAD, 12 PROP (skip), 32 WON (skip)                        WON
 * D3    50000     5 LEAD, 25 LOST PRICE                                        LOST
 * D4    80000     5 LEAD, 15 QUAL, 35 LOST NO_BUDGET                           LOST
 * D5   120000     10 LEAD, 20 QUAL, 30 PROP, 40 QUAL (back), 60 PROP, 80 LOST COMPETITOR
 * D6   300000     10 LEAD, 14 QUAL, 24 PROP, 44 NEG                            NEG          2025-03-10
 * D7    60000     20 LEAD, 30 LOST TIMING, 50 QUAL (reopen), 70 PROP           PROP         2025-03-25 / COMMIT
 * D8    40000.05  30 LEAD                                                      LEAD         2025-02-15
 * D9   150000.05  30 LEAD, 40 NEG (skip 2), 60 LOST OTHER                      LOST
 * D10   90000     40 LEAD, 45 QUAL, 55 PROP, 65 NEG, 75 WON                    WON
 * D11   70000     50 LEAD, 52 QUAL                                             QUAL         2025-05-10
 * D12  250000     60 LEAD, 61 PROP, 81 NEG, 91 PROP (back)                     PROP         2025-03-31 (rep2)
 * D13  110000     85 LEAD, 95 QUAL, 100 WON                                    WON
 * D14  500000     100 LEAD, 110 QUAL                                           QUAL         2025-03-28 / OMITTED
 * D15 1000000     -10 LEAD, 5 PROP, 50 WON                                     WON
 * </pre>
 */
final class PipelineFunnelFixture {
  final TestUser admin;
  final TestUser rep1;
  final TestUser rep2;
  final TestUser manager;
  final TestUser outsider;
  final long teamId;
  final long accountId;
  final long[] d = new long[16];

  PipelineFunnelFixture(TestUsers users, PipelineFixtures pf) {
    admin = users.create(Role.ADMIN);
    teamId = users.team("pipeline fixture");
    rep1 = users.create(Role.REP, teamId);
    rep2 = users.create(Role.REP, teamId);
    manager = users.create(Role.MANAGER, teamId);
    outsider = users.create(Role.REP, users.team("elsewhere"));
    accountId = Fixtures.accountId(rep1, "漏斗测试客户 " + teamId);
    long r1 = rep1.id();
    d[1] =
        pf.deal(
            accountId,
            r1,
            "100000",
            null,
            null,
            at(0, LEAD),
            at(10, QUALIFIED),
            at(20, PROPOSAL),
            at(30, NEGOTIATION),
            at(40, WON),
            at(70, COLLECTED));
    d[2] = pf.deal(accountId, r1, "200000", null, null, at(2, LEAD), at(12, PROPOSAL), at(32, WON));
    d[3] = pf.deal(accountId, r1, "50000", null, null, at(5, LEAD), lost(25, DealLostReason.PRICE));
    d[4] =
        pf.deal(
            accountId,
            r1,
            "80000",
            null,
            null,
            at(5, LEAD),
            at(15, QUALIFIED),
            lost(35, DealLostReason.NO_BUDGET));
    d[5] =
        pf.deal(
            accountId,
            r1,
            "120000",
            null,
            null,
            at(10, LEAD),
            at(20, QUALIFIED),
            at(30, PROPOSAL),
            at(40, QUALIFIED),
            at(60, PROPOSAL),
            lost(80, DealLostReason.COMPETITOR));
    d[6] =
        pf.deal(
            accountId,
            r1,
            "300000",
            LocalDate.of(2025, 3, 10),
            null,
            at(10, LEAD),
            at(14, QUALIFIED),
            at(24, PROPOSAL),
            at(44, NEGOTIATION));
    d[7] =
        pf.deal(
            accountId,
            r1,
            "60000",
            LocalDate.of(2025, 3, 25),
            ForecastCategory.COMMIT,
            at(20, LEAD),
            lost(30, DealLostReason.TIMING),
            at(50, QUALIFIED),
            at(70, PROPOSAL));
    d[8] = pf.deal(accountId, r1, "40000.05", LocalDate.of(2025, 2, 15), null, at(30, LEAD));
    d[9] =
        pf.deal(
            accountId,
            r1,
            "150000.05",
            null,
            null,
            at(30, LEAD),
            at(40, NEGOTIATION),
            lost(60, DealLostReason.OTHER));
    d[10] =
        pf.deal(
            accountId,
            r1,
            "90000",
            null,
            null,
            at(40, LEAD),
            at(45, QUALIFIED),
            at(55, PROPOSAL),
            at(65, NEGOTIATION),
            at(75, WON));
    d[11] =
        pf.deal(
            accountId,
            r1,
            "70000",
            LocalDate.of(2025, 5, 10),
            null,
            at(50, LEAD),
            at(52, QUALIFIED));
    d[12] =
        pf.deal(
            accountId,
            rep2.id(),
            "250000",
            LocalDate.of(2025, 3, 31),
            null,
            at(60, LEAD),
            at(61, PROPOSAL),
            at(81, NEGOTIATION),
            at(91, PROPOSAL));
    d[13] =
        pf.deal(accountId, r1, "110000", null, null, at(85, LEAD), at(95, QUALIFIED), at(100, WON));
    d[14] =
        pf.deal(
            accountId,
            r1,
            "500000",
            LocalDate.of(2025, 3, 28),
            ForecastCategory.OMITTED,
            at(100, LEAD),
            at(110, QUALIFIED));
    d[15] =
        pf.deal(accountId, r1, "1000000", null, null, at(-10, LEAD), at(5, PROPOSAL), at(50, WON));
  }
}
