package io.pareto.user;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserCrudTest {
  @Inject TestUsers users;

  @Test
  void adminsManageUsersAndThePasswordNeverComesBack() {
    TestUser admin = users.create(Role.ADMIN);
    long team =
        Api.as(admin)
            .body(Map.of("name", "华东 " + UUID.randomUUID()))
            .post("/api/v1/teams")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    String email = "new-" + UUID.randomUUID() + "@pareto.test";
    long id =
        Api.as(admin)
            .body(
                Map.of(
                    "email",
                    email,
                    "name",
                    "新同事",
                    "role",
                    "REP",
                    "teamId",
                    team,
                    "password",
                    "long-enough-pw"))
            .post("/api/v1/users")
            .then()
            .statusCode(201)
            .body("$", not(hasKey("password")))
            .body("$", not(hasKey("passwordHash")))
            .body("teamId", equalTo((int) team))
            .extract()
            .jsonPath()
            .getLong("id");
    // The new user can sign in with the password that was set.
    io.restassured.RestAssured.given()
        .auth()
        .preemptive()
        .basic(email, "long-enough-pw")
        .get("/api/v1/users/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("新同事"));
    Api.as(admin)
        .body(Map.of("email", email, "name", "dup", "role", "REP"))
        .post("/api/v1/users")
        .then()
        .statusCode(409);
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("active", false))
        .patch("/api/v1/users/" + id)
        .then()
        .statusCode(200)
        .body("active", equalTo(false));
    io.restassured.RestAssured.given()
        .auth()
        .preemptive()
        .basic(email, "long-enough-pw")
        .get("/api/v1/users/" + id)
        .then()
        .statusCode(401);
  }

  @Test
  void onlyAdminsWriteUsers() {
    TestUser rep = users.create(Role.REP);
    Api.as(rep)
        .body(Map.of("email", "x@pareto.test", "name", "x", "role", "ADMIN"))
        .post("/api/v1/users")
        .then()
        .statusCode(403);
    Api.as(rep).get("/api/v1/users").then().statusCode(200);
  }
}
