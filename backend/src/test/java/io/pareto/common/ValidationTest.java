package io.pareto.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets a 400 problem that names the field and what it accepts — and never a stack trace.
 */
@QuarkusTest
class ValidationTest {
  @Inject TestUsers users;
  TestUser admin;

  @BeforeEach
  void setUp() {
    admin = users.create(Role.ADMIN);
  }

  @Test
  void unknownFieldIsNamed() {
    Api.as(admin)
        .body("{\"name\":\"X\",\"colour\":\"red\"}")
        .post("/api/v1/accounts")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("colour"))
        .body("errors[0].message", equalTo("unknown field"))
        .body("errors[0].allowedValues", hasItems("name", "region"));
  }

  @Test
  void unknownEnumValueListsTheAllowedValues() {
    Api.as(admin)
        .body("{\"name\":\"X\",\"kaKind\":\"HUGE\"}")
        .post("/api/v1/accounts")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("kaKind"))
        .body("errors[0].allowedValues", hasItems("ECONOMIC", "IMPORTANT", "GROUP", "STRATEGIC"));
  }

  @Test
  void wrongTypeIsNamed() {
    Api.as(admin)
        .body("{\"name\":\"X\",\"strategicValue\":\"very\"}")
        .post("/api/v1/accounts")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("strategicValue"));
  }

  @Test
  void beanValidationListsEveryOffendingField() {
    Api.as(admin)
        .body("{\"name\":\"\",\"strategicValue\":7,\"estimatedAnnualPotential\":-1}")
        .post("/api/v1/accounts")
        .then()
        .statusCode(400)
        .body("status", equalTo(400))
        .body("errors.field", hasItems("name", "strategicValue", "estimatedAnnualPotential"));
  }

  @Test
  void malformedJsonIsA400WithoutInternals() {
    Api.as(admin)
        .body("{\"name\": ")
        .post("/api/v1/accounts")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", not(containsString("com.fasterxml")))
        .body("detail", not(containsString("at ")));
  }

  @Test
  void factMonthMustBeAMonth() {
    long id = io.pareto.support.Fixtures.accountId(admin, "Month check");
    Api.as(admin)
        .body(
            "{\"month\":\"2026-13\",\"revenue\":1,\"grossProfit\":1,\"costToServe\":0,\"orderCount\":1}")
        .post("/api/v1/accounts/" + id + "/facts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("month"));
    Api.as(admin)
        .queryParam("from", "last year")
        .get("/api/v1/accounts/" + id + "/facts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("from"));
  }

  @Test
  void unknownPathIsAProblemToo() {
    Api.as(admin)
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
