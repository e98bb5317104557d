package io.pareto.activity;

import io.pareto.support.Api;
import io.pareto.support.TestUsers.TestUser;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Activity request bodies and shortcuts. */
public final class ActivityFixtures {
  private ActivityFixtures() {}

  public static Map<String, Object> activity(String kind, LocalDate on) {
    Map<String, Object> m = new HashMap<>();
    m.put("kind", kind);
    m.put("occurredOn", on.toString());
    m.put("purpose", "二期方案交流");
    m.put(
        "preparation",
        Map.of(
            "businessCards",
            true,
            "notebook",
            true,
            "contactList",
            true,
            "productMaterial",
            true,
            "priceQuote",
            false));
    return m;
  }

  public static Map<String, Object> promise(String side, String description, LocalDate due) {
    Map<String, Object> m = new HashMap<>();
    m.put("side", side);
    m.put("kind", side.equals("US") ? "FOLLOW_UP" : "TARGET");
    m.put("description", description);
    m.put("dueOn", due.toString());
    return m;
  }

  public static JsonPath log(TestUser as, long accountId, Map<String, Object> body) {
    return Api.as(as)
        .body(body)
        .post("/api/v1/accounts/" + accountId + "/activities")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  public static Map<String, Object> visitWith(LocalDate on, List<Map<String, Object>> commitments) {
    Map<String, Object> m = activity("VISIT", on);
    m.put("commitments", commitments);
    return m;
  }
}
