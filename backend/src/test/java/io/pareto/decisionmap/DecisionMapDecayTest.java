package io.pareto.decisionmap;

import static io.pareto.decisionmap.DecisionMapFixtures.contact;
import static io.pareto.decisionmap.DecisionMapFixtures.owner;
import static io.pareto.decisionmap.DecisionMapFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.security.AccountScope;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Relationships decay without contact: the stored summary the portfolio reads must give, on any
 * later day, the score and gaps of that day — without any write in between. The clock is moved by
 * asking the portfolio statement for later days (its cut-off), the expected figures are computed by
 * hand.
 */
@QuarkusTest
class DecisionMapDecayTest {
  @Inject TestUsers users;
  @Inject DecisionMapQueries queries;

  @Test
  void thePortfolioFollowsTheDayAskedAsStrengthExpires() {
    TestUser admin = users.create(Role.ADMIN);
    TestUser colleague = users.create(Role.REP);
    long account = Fixtures.accountId(admin, "衰减 Decay");
    LocalDate today = LocalDate.now();
    long exec =
        contact(
            admin,
            account,
            contacted(person("执行 Exec", "EXECUTIVE", "SUPPORTER", 4), today.minusDays(80)));
    long dm =
        contact(
            admin,
            account,
            contacted(
                person("决策 Maker", "DECISION", "CHAMPION", 5, "DECISION_MAKER"),
                today.minusDays(30)));
    contact(
        admin,
        account,
        contacted(
            person("实施 Coach", "IMPLEMENTATION", "SUPPORTER", 4, "COACH"), today.minusDays(10)));
    contact(admin, account, contacted(person("使用 User", "USER", "NEUTRAL", 4), today));
    owner(admin, exec, admin.id(), 4);
    owner(admin, dm, colleague.id(), 4);

    // Today: every layer strong (15 + 30 + 15 + 10), champion, coach, no resistant decision maker.
    assertDay(admin, account, today, 100, 0, 0);
    JsonPath map =
        Api.as(admin)
            .get("/api/v1/accounts/" + account + "/decision-map")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(100, map.getInt("score"));
    assertEquals(List.of(true, true, true, true), map.getList("layers.covered"));

    // +11 days: the executive (last seen 80 days ago) is 91 days out: EXECUTIVE no longer strong,
    // -15.
    assertDay(admin, account, today.plusDays(11), 85, 0, 0);
    // +10 days, the day before: still strong (contacted exactly 90 days before is within the
    // window).
    assertDay(admin, account, today.plusDays(10), 100, 0, 0);
    // +61 days: the decision maker is 91 days out: DECISION -30, the top is weak, the decision
    // maker stale.
    assertDay(
        admin,
        account,
        today.plusDays(61),
        55,
        1,
        1,
        "WEAK_DECISION_RELATIONSHIP",
        "STALE_KEY_CONTACT");
    // +90 days: only USER (contacted today, 90 days before) is still strong: 10 + champion 10 +
    // coach 10 + 10.
    assertDay(
        admin,
        account,
        today.plusDays(90),
        40,
        1,
        1,
        "WEAK_DECISION_RELATIONSHIP",
        "STALE_KEY_CONTACT");
    // +91 days: nothing strong is left: champion, coach and no resistant decision maker.
    assertDay(
        admin,
        account,
        today.plusDays(91),
        30,
        1,
        1,
        "WEAK_DECISION_RELATIONSHIP",
        "STALE_KEY_CONTACT");
  }

  private static Map<String, Object> contacted(Map<String, Object> body, LocalDate on) {
    body.put("lastContactedOn", on.toString());
    return body;
  }

  /**
   * The portfolio row of the account as of {@code day}: score, high and medium gap counts, the
   * rules that fire.
   */
  @Transactional
  void assertDay(
      TestUser owner,
      long account,
      LocalDate day,
      int score,
      int high,
      int medium,
      String... rules) {
    List<DecisionMapQueries.PortfolioLine> rows =
        queries.portfolio(
            AccountScope.ALL,
            new DecisionMapQueries.PortfolioFilter(null, owner.id(), null),
            day.minusDays(90),
            ScoreWeights.DEFAULT,
            "score",
            0,
            10);
    assertEquals(1, rows.size());
    var r = rows.get(0);
    assertEquals(account, r.id());
    assertEquals(score, r.score(), "score on " + day);
    assertEquals(high, r.highGaps(), "high gaps on " + day);
    assertEquals(medium, r.mediumGaps(), "medium gaps on " + day);
    // The rules that fire, in declaration order: the portfolio filtered by each gap code.
    List<String> firing = new ArrayList<>();
    for (GapRule g : GapRule.values()) {
      var withGap =
          queries.portfolio(
              AccountScope.ALL,
              new DecisionMapQueries.PortfolioFilter(null, owner.id(), g),
              day.minusDays(90),
              ScoreWeights.DEFAULT,
              "score",
              0,
              10);
      if (!withGap.isEmpty()) firing.add(g.name());
    }
    assertEquals(firing.isEmpty() ? null : GapRule.valueOf(firing.get(0)), r.topGap());
    assertEquals(List.of(rules), firing, "gaps on " + day);
  }
}
