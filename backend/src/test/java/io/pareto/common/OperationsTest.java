package io.pareto.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {
  @Test
  void readinessIncludesTheDatabase() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem(containsString("Database")));
    given().get("/q/health/live").then().statusCode(200);
  }

  @Test
  void prometheusMetricsAreExposed() {
    given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
  }

  @Inject TestUsers users;

  @Test
  void requestIdIsEchoedAndNamesTheProblem() {
    Api.as(users.create(Role.REP))
        .header("X-Request-Id", "abc-123")
        .get("/api/v1/accounts/987654321")
        .then()
        .statusCode(404)
        .header("X-Request-Id", "abc-123")
        .body("instance", equalTo("abc-123"));
  }
}
