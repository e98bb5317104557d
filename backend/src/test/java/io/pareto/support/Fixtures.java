package io.pareto.support;

import static org.hamcrest.Matchers.equalTo;

import io.pareto.support.TestUsers.TestUser;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;

/** Builders for request bodies and records created through the API, in one place. */
public final class Fixtures {
  private Fixtures() {}

  public static Map<String, Object> account(String name) {
    Map<String, Object> m = new HashMap<>();
    m.put("name", name);
    m.put("region", "华东");
    m.put("strategicValue", 3);
    m.put("estimatedAnnualPotential", "1000000.00");
    return m;
  }

  public static JsonPath createAccount(TestUser as, Map<String, Object> body) {
    return Api.as(as)
        .body(body)
        .post("/api/v1/accounts")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  public static long accountId(TestUser as, String name) {
    return createAccount(as, account(name)).getLong("id");
  }

  public static long contactId(TestUser as, long accountId, String name, String layer) {
    return Api.as(as)
        .body(Map.of("name", name, "layer", layer))
        .post("/api/v1/accounts/" + accountId + "/contacts")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static long opportunityId(TestUser as, long accountId, String name, String amount) {
    return Api.as(as)
        .body(Map.of("accountId", accountId, "name", name, "amount", amount))
        .post("/api/v1/opportunities")
        .then()
        .statusCode(201)
        .body("stage", equalTo("LEAD"))
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** A CSV import that must succeed (200). */
  public static void importCsv(TestUser as, String dataset, String csv) {
    Api.as(as)
        .contentType("text/csv; charset=UTF-8")
        .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .post("/api/v1/imports/" + dataset)
        .then()
        .statusCode(200);
  }

  public static String etag(TestUser as, String path) {
    return Api.as(as).get(path).then().statusCode(200).extract().header("ETag");
  }
}
