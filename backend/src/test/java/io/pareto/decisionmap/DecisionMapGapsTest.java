package io.pareto.decisionmap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.decisionmap.DecisionMapFixtures.Built;
import io.pareto.decisionmap.DecisionMapFixtures.Variant;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One hand-built account per gap code through the API: exactly the expected gaps and score, and the
 * portfolio (SQL rules) agrees with the single map (Java rules) on score, severity counts and top
 * gap.
 */
@QuarkusTest
class DecisionMapGapsTest {
  @Inject TestUsers users;

  @ParameterizedTest
  @EnumSource(Variant.class)
  void eachHandBuiltMapHasExactlyItsGapsAndScore(Variant v) {
    TestUser admin = users.create(Role.ADMIN);
    TestUser colleague = users.create(Role.REP);
    long account = Fixtures.accountId(admin, "决策地图 " + v);
    Long competitor =
        v == Variant.COMPETITOR_CLOSE_TO_DECISION_MAKER
            ? DecisionMapFixtures.competitor(admin, "竞品 " + System.nanoTime())
            : null;
    Built b = DecisionMapFixtures.build(admin, account, colleague, v, competitor);

    JsonPath map =
        Api.as(admin)
            .get("/api/v1/accounts/" + account + "/decision-map")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> gaps = new ArrayList<>();
    for (Map<String, Object> g : map.<Map<String, Object>>getList("gaps")) {
      gaps.add(
          g.get("code")
              + (g.get("contactId") != null ? "#" + g.get("contactId") : "")
              + (g.get("layer") != null && "LAYER_UNCOVERED".equals(g.get("code"))
                  ? "@" + g.get("layer")
                  : ""));
    }
    Expected want = expected(v, b);
    assertEquals(want.gaps(), gaps);
    assertEquals(want.score(), map.getInt("score"));

    // Same account through the set-based portfolio.
    JsonPath page =
        Api.as(admin)
            .get("/api/v1/decision-maps?ownerId=" + admin.id())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(1, page.getInt("total"));
    assertEquals(want.score(), page.getInt("items[0].score"));
    List<Map<String, Object>> gapList = map.getList("gaps");
    assertEquals(
        gapList.stream().filter(g -> "HIGH".equals(g.get("severity"))).count(),
        page.getLong("items[0].highGaps"));
    assertEquals(
        gapList.stream().filter(g -> "MEDIUM".equals(g.get("severity"))).count(),
        page.getLong("items[0].mediumGaps"));
    assertEquals(
        gapList.stream().filter(g -> "LOW".equals(g.get("severity"))).count(),
        page.getLong("items[0].lowGaps"));
    assertEquals(
        gapList.isEmpty() ? null : gapList.get(0).get("code"), page.getString("items[0].topGap"));
  }

  record Expected(int score, List<String> gaps) {}

  static Expected expected(Variant v, Built b) {
    return switch (v) {
      case PERFECT -> new Expected(100, List.of());
      case NO_DECISION_LAYER_CONTACT ->
          new Expected(70, List.of("NO_DECISION_LAYER_CONTACT", "LAYER_UNCOVERED@DECISION"));
      case NO_DECISION_MAKER -> new Expected(100, List.of("NO_DECISION_MAKER"));
      case DECISION_MAKER_OPPOSED ->
          new Expected(90, List.of("DECISION_MAKER_OPPOSED#" + b.extra()));
      case WEAK_DECISION_RELATIONSHIP -> new Expected(55, List.of("WEAK_DECISION_RELATIONSHIP"));
      case COMPETITOR_CLOSE_TO_DECISION_MAKER ->
          new Expected(100, List.of("COMPETITOR_CLOSE_TO_DECISION_MAKER#" + b.dm()));
      case NO_COACH -> new Expected(90, List.of("NO_COACH"));
      case SINGLE_THREADED -> new Expected(100, List.of("SINGLE_THREADED"));
      // The stale decision maker no longer makes DECISION strong (-30); the executive keeps the top
      // covered.
      case STALE_KEY_CONTACT -> new Expected(70, List.of("STALE_KEY_CONTACT#" + b.dm()));
      case LAYER_UNCOVERED -> new Expected(90, List.of("LAYER_UNCOVERED@USER"));
      case UNIDENTIFIED_KEY_PERSON ->
          new Expected(100, List.of("UNIDENTIFIED_KEY_PERSON#" + b.extra()));
    };
  }
}
