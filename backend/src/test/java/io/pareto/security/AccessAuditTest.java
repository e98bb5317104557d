package io.pareto.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign-ins, failures, throttling, sign-outs and tokens leave audit events that admins can read. */
@QuarkusTest
class AccessAuditTest {
  @Inject TestUsers users;

  private static String address() {
    return "10."
        + (int) (Math.random() * 250)
        + "."
        + (int) (Math.random() * 250)
        + "."
        + (int) (Math.random() * 250);
  }

  private static RequestSpecification spa(String ip) {
    return given()
        .header("X-Forwarded-For", ip)
        .header("X-Requested-With", "XMLHttpRequest")
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON);
  }

  private static Response signIn(String ip, String email, String password) {
    return spa(ip).body(Map.of("email", email, "password", password)).post("/api/v1/session");
  }

  /** The actions of one entity's events, oldest first, as an admin reads them. */
  private static List<String> actions(TestUser admin, String entityType, Object entityId) {
    JsonPath page =
        Api.as(admin)
            .queryParam("entityType", entityType)
            .queryParam("entityId", String.valueOf(entityId))
            .queryParam("size", 100)
            .get("/api/v1/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> actions = new java.util.ArrayList<>(page.getList("items.action", String.class));
    java.util.Collections.reverse(actions);
    return actions;
  }

  @Test
  void signInFailureThrottlingAndSignOutAreAudited() {
    TestUser admin = users.create(Role.ADMIN);
    TestUser rep = users.create(Role.REP);
    String home = address();
    String attacker = address();
    signIn(attacker, rep.email(), "wrong").then().statusCode(401);
    for (int i = 0; i < 4; i++) signIn(attacker, rep.email(), "wrong-" + i).then().statusCode(401);
    signIn(attacker, rep.email(), "wrong-again").then().statusCode(429);
    Response in = signIn(home, rep.email(), TestUsers.PASSWORD);
    in.then().statusCode(200);
    String csrf = in.cookie("pareto_csrf");
    spa(home)
        .cookie("pareto_session", in.cookie("pareto_session"))
        .cookie("pareto_csrf", csrf)
        .header("X-CSRF-Token", csrf)
        .delete("/api/v1/session")
        .then()
        .statusCode(204);

    assertEquals(
        List.of(
            "SIGN_IN_FAILED",
            "SIGN_IN_FAILED",
            "SIGN_IN_FAILED",
            "SIGN_IN_FAILED",
            "SIGN_IN_FAILED",
            "SIGN_IN",
            "SIGN_OUT"),
        actions(admin, "USER", rep.id()));
    // Refused before the user is looked up: the event names the email tried.
    assertEquals(List.of("THROTTLED"), actions(admin, "USER", rep.email()));
    JsonPath latest =
        Api.as(admin)
            .queryParam("entityType", "USER")
            .queryParam("entityId", String.valueOf(rep.id()))
            .get("/api/v1/audit")
            .then()
            .extract()
            .jsonPath();
    assertEquals(rep.email(), latest.getString("items[0].actor"));
    assertEquals(home, latest.getString("items[0].changes.address[1]"));
    assertEquals(attacker, latest.getString("items[6].changes.address[1]"));
    assertEquals("SESSION", latest.getString("items[6].changes.via[1]"));
  }

  @Test
  void anUnknownEmailsFailureNamesTheEmailAndManagersDoNotSeeSignIns() {
    TestUser admin = users.create(Role.ADMIN);
    TestUser manager = users.create(Role.MANAGER, users.team("审计"));
    String email = "nobody-" + java.util.UUID.randomUUID() + "@pareto.test";
    given()
        .header("X-Forwarded-For", address())
        .auth()
        .preemptive()
        .basic(email, "guess")
        .get("/api/v1/accounts")
        .then()
        .statusCode(401);
    assertEquals(List.of("SIGN_IN_FAILED"), actions(admin, "USER", email));
    Api.as(manager)
        .queryParam("entityType", "USER")
        .queryParam("entityId", email)
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("total", org.hamcrest.Matchers.equalTo(0));
  }

  @Test
  void tokensCreatedRevokedAndUsedAfterRevocationAreAudited() {
    TestUser admin = users.create(Role.ADMIN);
    TestUser rep = users.create(Role.REP);
    JsonPath made =
        Api.as(rep)
            .body(Map.of("name", "BI 审计", "scope", "READ_ONLY"))
            .post("/api/v1/tokens")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    long id = made.getLong("token.id");
    String secret = made.getString("secret");
    given()
        .header("Authorization", "Bearer " + secret)
        .get("/api/v1/accounts")
        .then()
        .statusCode(200);
    Api.as(rep).delete("/api/v1/tokens/" + id).then().statusCode(204);
    given()
        .header("Authorization", "Bearer " + secret)
        .header("X-Forwarded-For", "10.7.7.7")
        .get("/api/v1/accounts")
        .then()
        .statusCode(401);
    // A token never issued is refused alike, but is not a revoked token's use.
    given()
        .header("Authorization", "Bearer pat_never-issued")
        .get("/api/v1/accounts")
        .then()
        .statusCode(401);

    assertEquals(List.of("CREATE", "DELETE", "USE_REVOKED"), actions(admin, "API_TOKEN", id));
    JsonPath latest =
        Api.as(admin)
            .queryParam("entityType", "API_TOKEN")
            .queryParam("entityId", String.valueOf(id))
            .get("/api/v1/audit")
            .then()
            .extract()
            .jsonPath();
    assertEquals(rep.email(), latest.getString("items[0].actor"));
    assertEquals("10.7.7.7", latest.getString("items[0].changes.address[1]"));
  }
}
