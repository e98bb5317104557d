package io.pareto.decisionmap;

import io.pareto.support.Api;
import io.pareto.support.TestUsers.TestUser;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builders for contacts with decision-map attributes, links, owners and hand-built maps. */
public final class DecisionMapFixtures {
  private DecisionMapFixtures() {}

  public static Map<String, Object> person(
      String name, String layer, String attitude, int closeness, String... roles) {
    Map<String, Object> m = new HashMap<>();
    if (name != null) m.put("name", name);
    m.put("layer", layer);
    if (attitude != null) m.put("attitude", attitude);
    if (closeness > 0) m.put("closeness", closeness);
    m.put("roles", List.of(roles));
    m.put("lastContactedOn", LocalDate.now().toString());
    return m;
  }

  public static long contact(TestUser as, long accountId, Map<String, Object> body) {
    return Api.as(as)
        .body(body)
        .post("/api/v1/accounts/" + accountId + "/contacts")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static long owner(TestUser as, long contactId, long userId, int strength) {
    return Api.as(as)
        .body(Map.of("userId", userId, "strength", strength))
        .post("/api/v1/contacts/" + contactId + "/relationship-owners")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static long link(TestUser as, long from, long to, String kind, int strength) {
    return Api.as(as)
        .body(Map.of("toContactId", to, "kind", kind, "strength", strength))
        .post("/api/v1/contacts/" + from + "/links")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static long competitor(TestUser as, String name) {
    return Api.as(as)
        .body(Map.of("name", name, "tier", "STRONGER", "weaknesses", "售后响应慢 slow service"))
        .post("/api/v1/competitors")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** What one hand-built map changes from the perfect one. */
  public enum Variant {
    PERFECT,
    NO_DECISION_LAYER_CONTACT,
    NO_DECISION_MAKER,
    DECISION_MAKER_OPPOSED,
    WEAK_DECISION_RELATIONSHIP,
    COMPETITOR_CLOSE_TO_DECISION_MAKER,
    NO_COACH,
    SINGLE_THREADED,
    STALE_KEY_CONTACT,
    LAYER_UNCOVERED,
    UNIDENTIFIED_KEY_PERSON
  }

  /**
   * Ids of the hand-built map's contacts: exec, decision maker, implementer (coach), user, extra
   * (or 0).
   */
  public record Built(long accountId, long exec, long dm, long impl, long user, long extra) {}

  /**
   * The perfect map (every layer strong, close champion decision maker, a coach, relationships held
   * by two of our users: 100 points, no gap), changed by one variant.
   */
  public static Built build(
      TestUser as, long accountId, TestUser colleague, Variant v, Long competitorId) {
    var exec =
        person(
            "执行 Exec", "EXECUTIVE", "SUPPORTER", v == Variant.WEAK_DECISION_RELATIONSHIP ? 3 : 4);
    var dm =
        person(
            "决策 Maker",
            v == Variant.NO_DECISION_LAYER_CONTACT ? "EXECUTIVE" : "DECISION",
            "CHAMPION",
            v == Variant.WEAK_DECISION_RELATIONSHIP ? 3 : 5);
    dm.put("roles", v == Variant.NO_DECISION_MAKER ? List.of() : List.of("DECISION_MAKER"));
    if (v == Variant.STALE_KEY_CONTACT)
      dm.put("lastContactedOn", LocalDate.now().minusDays(120).toString());
    if (v == Variant.COMPETITOR_CLOSE_TO_DECISION_MAKER) {
      dm.put("competitorId", competitorId);
      dm.put("competitorCloseness", 4);
    }
    var impl = person("实施 Impl", "IMPLEMENTATION", "SUPPORTER", 4);
    impl.put("roles", v == Variant.NO_COACH ? List.of() : List.of("COACH"));
    long e = contact(as, accountId, exec);
    long d = contact(as, accountId, dm);
    long i = contact(as, accountId, impl);
    long u =
        v == Variant.LAYER_UNCOVERED
            ? 0
            : contact(as, accountId, person("使用 User", "USER", "NEUTRAL", 4));
    owner(as, e, as.id(), 4);
    owner(as, d, v == Variant.SINGLE_THREADED ? as.id() : colleague.id(), 5);
    if (v == Variant.SINGLE_THREADED) {
      owner(as, i, as.id(), 3);
      owner(as, u, as.id(), 3);
    }
    long extra =
        switch (v) {
          case DECISION_MAKER_OPPOSED ->
              contact(
                  as,
                  accountId,
                  person("反对 Opponent", "DECISION", "OPPONENT", 2, "DECISION_MAKER"));
          case UNIDENTIFIED_KEY_PERSON ->
              contact(as, accountId, person(null, "IMPLEMENTATION", null, 0, "PURCHASER"));
          default -> 0;
        };
    return new Built(accountId, e, d, i, u, extra);
  }
}
