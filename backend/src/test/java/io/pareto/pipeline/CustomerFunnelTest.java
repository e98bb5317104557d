package io.pareto.pipeline;

import static io.pareto.pipeline.PipelineFixtures.at;
import static org.hamcrest.Matchers.equalTo;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The A/B/C customer funnel (docs/method.md §4) and its flows, by hand. */
@QuarkusTest
class CustomerFunnelTest {
  @Inject TestUsers users;
  @Inject PipelineFixtures pf;

  @Test
  void levelsAndFlowsBetweenTwoDates() {
    TestUser rep = users.create(Role.REP);
    TestUser admin = users.create(Role.ADMIN);
    long x = Fixtures.accountId(rep, "X 曾经采购");
    long y = Fixtures.accountId(rep, "Y 孵化转产出");
    long z = Fixtures.accountId(rep, "Z 新项目");
    Fixtures.accountId(rep, "W 潜在");
    // from = 2025-01-31 (revenue window 2024-02..2025-01), asOf = 2025-06-30 (window
    // 2024-07..2025-06).
    // X: revenue 2024-03 → A at from, nothing later and no deal → C at asOf (A→C).
    pf.revenue(x, LocalDate.of(2024, 3, 1), "1000.00");
    // Y: deal open since 2024-12-01 (day -31) → B at from; revenue 2025-05 → A at asOf (B→A), deal
    // still open.
    pf.deal(y, rep.id(), "5000.00", null, null, at(-31, Stage.LEAD));
    pf.revenue(y, LocalDate.of(2025, 5, 1), "2000.00");
    // Z: nothing at from; deal created 2025-03-01 (day 59), open → B at asOf (C→B). A deal lost
    // before asOf
    // does not make it B.
    pf.deal(z, rep.id(), "7000.00", null, null, at(59, Stage.LEAD), at(60, Stage.QUALIFIED));
    pf.deal(
        z,
        rep.id(),
        "9000.00",
        null,
        null,
        at(10, Stage.LEAD),
        PipelineFixtures.lost(20, DealLostReason.PRICE));
    // W: nothing (C→C).
    Json j =
        new Json(
            Api.as(admin)
                .get(
                    "/api/v1/pipeline/customer-funnel?from=2025-01-31&asOf=2025-06-30&ownerId="
                        + rep.id())
                .then()
                .statusCode(200)
                .extract()
                .response());
    j.is("levels[0].level", "A")
        .eq("levels[0].accounts", "1")
        .eq("levels[0].revenue", "2000")
        .eq("levels[0].openAmount", "5000")
        .is("levels[1].level", "B")
        .eq("levels[1].accounts", "1")
        .eq("levels[1].openAmount", "7000")
        .is("levels[2].level", "C")
        .eq("levels[2].accounts", "2")
        .eq("levels[2].revenue", "0");
    // flows sorted by from+to: A→C, B→A, C→B, C→C
    j.is("flows[0].from", "A")
        .is("flows[0].to", "C")
        .eq("flows[0].accounts", "1")
        .is("flows[1].from", "B")
        .is("flows[1].to", "A")
        .is("flows[2].from", "C")
        .is("flows[2].to", "B")
        .is("flows[3].from", "C")
        .is("flows[3].to", "C")
        .eq("flows[3].accounts", "1");
    // Another rep sees none of these accounts.
    Api.as(users.create(Role.REP))
        .get("/api/v1/pipeline/customer-funnel?from=2025-01-31&asOf=2025-06-30&ownerId=" + rep.id())
        .then()
        .statusCode(200)
        .body("flows.size()", equalTo(0))
        .body("levels[2].accounts", equalTo(0));
  }
}
