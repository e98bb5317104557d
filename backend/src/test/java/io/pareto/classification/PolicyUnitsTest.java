package io.pareto.classification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The threshold's one unit (a fraction on the wire) and growth's tie rule, as the API states them.
 */
@QuarkusTest
class PolicyUnitsTest {
  @Inject TestUsers users;

  @Test
  void aThresholdGivenAsAPercentageIsRefusedWithTheUnitNamed() {
    TestUser admin = users.create(Role.ADMIN);
    for (String bad : new String[] {"60", "1.5"}) {
      Map<String, Object> body =
          ClassificationApiTest.policy("0.35", "0.30", "0.10", "0.15", "0.10");
      body.put("keyThreshold", bad);
      Api.as(admin)
          .body(body)
          .post("/api/v1/classification/policies")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("keyThreshold"))
          .body("errors[0].message", containsString("fraction between 0 and 1"))
          .body("errors[0].message", containsString("0.6 = 60%"))
          .body("errors[0].message", containsString("got " + bad));
    }
  }

  @Test
  void thePolicyDescriptionSaysWhenGrowthValuesTie() throws Exception {
    JsonNode schemas =
        new ObjectMapper()
            .readTree(given().accept("application/json").get("/q/openapi?format=json").asString())
            .path("components")
            .path("schemas");
    String policy = schemas.path("PolicyDto").path("description").asText();
    String growth =
        schemas
            .path("FactorWeights")
            .path("properties")
            .path("growth")
            .path("description")
            .asText();
    for (String text : new String[] {policy, growth}) {
      assertTrue(
          text.contains("6 decimals")
              && text.contains("closer than 5·10⁻⁷")
              && text.contains("tie"),
          text);
    }
  }
}
