package io.pareto.plan;

import io.pareto.support.Api;
import io.pareto.support.TestUsers.TestUser;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies and API shortcuts for plan, commitment and concession tests. */
public final class PlanFixtures {
  private PlanFixtures() {}

  public static Map<String, Object> plan(String start, String end) {
    Map<String, Object> m = new HashMap<>();
    m.put("periodStart", start);
    m.put("periodEnd", end);
    m.put("relationshipStage", "STABILISING");
    m.put("stageGoal", "建立高层定期会晤机制");
    m.put("strengths", List.of("本地服务团队"));
    m.put("weaknesses", List.of("价格偏高"));
    m.put("opportunities", List.of("二期扩容"));
    m.put("threats", List.of("竞争对手低价"));
    return m;
  }

  /** Creates a plan and returns its ETag. */
  public static String createPlan(TestUser as, long accountId, String start, String end) {
    return Api.as(as)
        .body(plan(start, end))
        .post("/api/v1/accounts/" + accountId + "/plans")
        .then()
        .statusCode(201)
        .extract()
        .header("ETag");
  }

  public static void fact(
      TestUser as, long accountId, String month, String revenue, String gp, int orders) {
    Api.as(as)
        .body(
            Map.of(
                "month",
                month,
                "revenue",
                revenue,
                "grossProfit",
                gp,
                "costToServe",
                "0.00",
                "orderCount",
                orders))
        .post("/api/v1/accounts/" + accountId + "/facts")
        .then()
        .statusCode(201);
  }

  public static Map<String, Object> objective(String metric, String target, boolean joint) {
    Map<String, Object> m = new HashMap<>();
    m.put("metric", metric);
    m.put("targetValue", target);
    m.put("jointAgreed", joint);
    return m;
  }

  public static Map<String, Object> commitment(
      String side, String kind, String description, String dueOn) {
    Map<String, Object> m = new HashMap<>();
    m.put("side", side);
    m.put("kind", kind);
    m.put("description", description);
    if (dueOn != null) m.put("dueOn", dueOn);
    return m;
  }

  public static Map<String, Object> concession(Long commitmentId, String exceptionReason) {
    Map<String, Object> m = new HashMap<>();
    m.put("kind", "DISCOUNT");
    m.put("description", "二期项目 5% 折扣");
    m.put("amount", "50000.00");
    if (commitmentId != null) m.put("commitmentId", commitmentId);
    if (exceptionReason != null) m.put("exceptionReason", exceptionReason);
    return m;
  }

  /** POSTs a plan part with the current ETag; returns the response body. */
  public static JsonPath addPart(
      TestUser as, long accountId, String part, Object body, String etag, int status) {
    return Api.as(as)
        .header("If-Match", etag)
        .body(body)
        .post("/api/v1/accounts/" + accountId + "/plan/" + part)
        .then()
        .statusCode(status)
        .extract()
        .jsonPath();
  }

  public static String etag(TestUser as, long accountId) {
    return Api.as(as)
        .get("/api/v1/accounts/" + accountId + "/plan")
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }
}
