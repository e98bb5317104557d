package io.pareto.classification;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hand-computed reference fixture of policy v1. As of D = 2001-06-15: W = 2000-07..2001-06, P =
 * 1999-07..2000-06. Ten active accounts A..J (n = 10, so every percentile is k/9 and cap = max(1,
 * floor(0.20 × 10)) = 2), one LOST (K), one TARGET (L).
 *
 * <pre>
 *     r12   gp12  rPrev growth  pot   strat | p(r12) p(gp)  p(grw) p(pot) p(str) | score (ninths)
 *  A 1000   300   500   1.0     900   5     | 9/9    8/9    6/9    8/9    7/9    | 8.05/9 = 0.894444
 *  B  900   300   900   0       800   5     | 8/9    8/9    3/9    7/9    7/9    | 7.25/9 = 0.805556
 *  C  800   250   400   1.0     700   4     | 7/9    7/9    6/9    6/9    6/9    | 6.65/9 = 0.738889
 *  D  700   200     0   700     null  3     | 6/9    6/9    9/9    0      4/9    | 5.20/9 = 0.577778
 *  E  600   150   600   0       500   3     | 5/9    5/9    3/9    5/9    4/9    | 4.70/9 = 0.522222
 *  F  500   100  1000  -0.5     400   2     | 4/9    3/9    1/9    4/9    2/9    | 3.20/9 = 0.355556
 *  G  400   100   400   0       300   2     | 3/9    3/9    3/9    3/9    2/9    | 2.90/9 = 0.322222
 *  H  300    50   600  -0.5     200   1     | 2/9    2/9    1/9    2/9    1/9    | 1.80/9 = 0.200000
 *  I  200    40   100   1.0     100   null  | 1/9    1/9    6/9    1/9    0      | 1.40/9 = 0.155556
 *  J  100    10   300  -0.6667  1000  5     | 0      0      0      9/9    7/9    | 2.05/9 = 0.227778
 * </pre>
 *
 * Ties: gp12 (A=B at rank 9, F=G at rank 4), growth (F=H, B=E=G, A=C=I), strategic (F=G, D=E,
 * A=B=J) all share the lowest rank. e.g. A = 0.35·9 + 0.30·8 + 0.10·6 + 0.15·8 + 0.10·7 = 8.05
 * ninths. Candidates with score ≥ 0.70: A, B, C; the cap of 2 binds, so A and B are KEY and C is
 * NORMAL (rank 3 > cap 2). E has an override to KEY without expiry: KEY by OVERRIDE, still counted
 * in n and the percentiles. J's override to KEY expired on 2001-05-31 (before D): the policy
 * decides, NORMAL. K had revenue only in 1999-03 (before W): LOST since 1999-04. L has no facts:
 * TARGET.
 */
@QuarkusTest
class ClassificationFixtureTest {
  @Inject TestUsers users;
  @Inject ClassificationFixtures facts;

  static final LocalDate W = LocalDate.of(2001, 1, 1);
  static final LocalDate P = LocalDate.of(2000, 1, 1);

  @Test
  void policyV1MatchesTheHandComputedFixture() {
    TestUser admin = users.create(Role.ADMIN);
    Map<String, Long> ids = new LinkedHashMap<>();
    // name, r12, gp12, rPrev, potential, strategic
    Object[][] rows = {
      {"A", 1000, 300, 500, 900, 5}, {"B", 900, 300, 900, 800, 5}, {"C", 800, 250, 400, 700, 4},
      {"D", 700, 200, 0, null, 3}, {"E", 600, 150, 600, 500, 3}, {"F", 500, 100, 1000, 400, 2},
      {"G", 400, 100, 400, 300, 2}, {"H", 300, 50, 600, 200, 1}, {"I", 200, 40, 100, 100, null},
      {"J", 100, 10, 300, 1000, 5}
    };
    for (Object[] r : rows) {
      long id =
          ClassificationFixtures.account(admin, "Fixture " + r[0], (Integer) r[4], (Integer) r[5]);
      ids.put((String) r[0], id);
      facts.fact(id, W, r[1] + ".00", r[2] + ".00", "10.00");
      if ((Integer) r[3] > 0) facts.fact(id, P, r[3] + ".00", "0.00", "0.00");
    }
    long k = ClassificationFixtures.account(admin, "Fixture K lost", 100, 1);
    facts.fact(k, LocalDate.of(1999, 3, 1), "50.00", "5.00", "1.00");
    long l = ClassificationFixtures.account(admin, "Fixture L prospect", 100, 1);
    // a fact after D's month is ignored
    facts.fact(l, LocalDate.of(2001, 7, 1), "999.00", "99.00", "1.00");
    override(admin, ids.get("E"), null);
    override(admin, ids.get("J"), "2001-05-31");

    Api.as(admin)
        .body(ClassificationFixtures.run("2001-06-15", false))
        .post("/api/v1/classification/runs")
        .then()
        .statusCode(201)
        .body("keyCap", equalTo(2))
        .body("activeCount", equalTo(10))
        .body("policyKeyCount", equalTo(2))
        .body("keyThreshold", equalTo(0.70f))
        .body("windowStart", equalTo("2000-07-01"));

    Map<String, Object[]> expected =
        Map.of(
            "A",
            new Object[] {"KEY", "POLICY", 0.894444},
            "B",
            new Object[] {"KEY", "POLICY", 0.805556},
            "C",
            new Object[] {"NORMAL", "POLICY", 0.738889},
            "D",
            new Object[] {"NORMAL", "POLICY", 0.577778},
            "E",
            new Object[] {"KEY", "OVERRIDE", 0.522222},
            "F",
            new Object[] {"NORMAL", "POLICY", 0.355556},
            "G",
            new Object[] {"NORMAL", "POLICY", 0.322222},
            "H",
            new Object[] {"NORMAL", "POLICY", 0.200000},
            "I",
            new Object[] {"NORMAL", "POLICY", 0.155556},
            "J",
            new Object[] {"NORMAL", "POLICY", 0.227778});
    expected.forEach(
        (name, e) -> {
          var x = ClassificationFixtures.explain(admin, ids.get(name));
          assertEquals(e[0], x.getString("category"), name);
          assertEquals(e[1], x.getString("history[0].source"), name);
          assertThat(name, x.getDouble("score"), closeTo((Double) e[2], 0.00005));
        });

    var a = ClassificationFixtures.explain(admin, ids.get("A"));
    assertEquals("KEY_SELECTED", a.getString("why[0].code"));
    assertThat(a.getDouble("why[0].params.score"), closeTo(0.894444, 0.000005));
    assertThat(a.getDouble("why[0].params.threshold"), closeTo(0.70, 0));
    assertEquals(1, a.getInt("why[0].params.rank"));
    assertEquals(2, a.getInt("why[0].params.cap"));
    // (0.894444 − 0.70) / 0.35 = 0.555556 (floor); 1 − 0.555556 = 0.444444
    assertEquals("DROPS_IF_FACTOR_FALLS", a.getString("whatWouldChange[0].code"));
    assertEquals("revenue12", a.getString("whatWouldChange[0].params.factor"));
    assertThat(
        a.getDouble("whatWouldChange[0].params.targetPercentile"), closeTo(0.444444, 0.000005));
    assertEquals("revenue12", a.getString("factors[0].name"));
    assertThat(a.getDouble("factors[0].percentile"), closeTo(1.0, 0.000001));
    assertThat(a.getDouble("factors[1].percentile"), closeTo(8.0 / 9, 0.000001)); // tie with B
    assertThat(
        a.getDouble("factors[2].percentile"), closeTo(6.0 / 9, 0.000001)); // tie with C and I
    assertThat(a.getDouble("factors[0].contribution"), closeTo(0.35, 0.000001));
    var c = ClassificationFixtures.explain(admin, ids.get("C"));
    assertEquals("OVER_CAP", c.getString("why[0].code"));
    assertEquals(3, c.getInt("why[0].params.rank"));
    assertEquals(2, c.getInt("why[0].params.cap"));
    // the lowest KEY score is B's
    assertEquals("RANK_WITHIN_CAP", c.getString("whatWouldChange[0].code"));
    assertThat(
        c.getDouble("whatWouldChange[0].params.lowestKeyScore"), closeTo(0.805556, 0.000005));
    assertEquals(3, c.getInt("keyRank"));
    var d = ClassificationFixtures.explain(admin, ids.get("D"));
    assertEquals("BELOW_THRESHOLD", d.getString("why[0].code"));
    assertThat(d.getDouble("why[0].params.score"), closeTo(0.577778, 0.000005));
    assertThat(d.get("why[0].params.rank"), nullValue());
    // 0.7 - 0.577778 = 0.122222; / 0.35 = 0.349206; 0.666667 + 0.349206 > 1: out of reach alone
    assertEquals("FACTOR_ALONE_NOT_ENOUGH", d.getString("whatWouldChange[0].code"));
    assertEquals("revenue12", d.getString("whatWouldChange[0].params.factor"));
    // E: KEY by override (no expiry); the policy alone says BELOW_THRESHOLD (0.52 < 0.70)
    var ex = ClassificationFixtures.explain(admin, ids.get("E"));
    assertEquals("OVERRIDDEN", ex.getString("why[0].code"));
    assertEquals("KEY", ex.getString("why[0].params.category"));
    assertEquals("fixture", ex.getString("why[0].params.overrideReason"));
    assertThat(ex.get("why[0].params.expiresOn"), nullValue());
    assertEquals("BELOW_THRESHOLD", ex.getString("why[1].code"));
    assertEquals("OVERRIDE_ENDS", ex.getString("whatWouldChange[0].code"));
    assertEquals("NORMAL", ex.getString("whatWouldChange[0].params.policyCategory"));
    assertThat(d.getDouble("factors[3].raw"), closeTo(0, 0)); // null potential counts as 0
    var kx = ClassificationFixtures.explain(admin, k);
    assertEquals("LOST", kx.getString("category"));
    assertEquals("1999-04", kx.getString("lostSince"));
    assertEquals("NO_RECENT_REVENUE", kx.getString("why[0].code"));
    assertEquals("1999-03", kx.getString("why[0].params.lastRevenueMonth"));
    assertEquals("1999-04", kx.getString("why[0].params.lostSince"));
    assertThat(kx.get("score"), nullValue());
    var lx = ClassificationFixtures.explain(admin, l);
    assertEquals("TARGET", lx.getString("category"));
    assertEquals("NO_REVENUE", lx.getString("why[0].code"));
    assertEquals("FIRST_REVENUE", lx.getString("whatWouldChange[0].code"));
  }

  @Test
  void aSingleActiveAccountHasPercentilesZeroAndIsNormal() {
    TestUser admin = users.create(Role.ADMIN);
    long only = ClassificationFixtures.account(admin, "Fixture single", 5000, 5);
    facts.fact(only, LocalDate.of(1991, 3, 1), "100.00", "10.00", "1.00");
    // n = 1: PERCENT_RANK = 0 for every factor, score 0 < 0.70; cap = max(1, floor(0.2)) = 1
    Api.as(admin)
        .body(ClassificationFixtures.run("1991-06-30", false))
        .post("/api/v1/classification/runs")
        .then()
        .statusCode(201)
        .body("activeCount", equalTo(1))
        .body("keyCap", equalTo(1))
        .body("policyKeyCount", equalTo(0));
    var x = ClassificationFixtures.explain(admin, only);
    assertEquals("NORMAL", x.getString("category"));
    assertThat(x.getDouble("score"), closeTo(0.0, 0.00005));
    assertThat(x.getDouble("factors[4].percentile"), closeTo(0.0, 0.0));
  }

  private static void override(TestUser as, long id, String expiresOn) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("category", "KEY");
    body.put("reason", "fixture");
    body.put("expiresOn", expiresOn);
    Api.as(as)
        .body(body)
        .put("/api/v1/accounts/" + id + "/classification/override")
        .then()
        .statusCode(200);
  }
}
