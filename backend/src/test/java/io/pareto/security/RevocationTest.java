package io.pareto.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A password reset or a deactivation ends the user's sessions and tokens; reactivation revives
 * neither.
 */
@QuarkusTest
class RevocationTest {
  @Inject TestUsers users;

  private static String address() {
    return "10."
        + (int) (Math.random() * 250)
        + "."
        + (int) (Math.random() * 250)
        + "."
        + (int) (Math.random() * 250);
  }

  /** Signs in through the SPA's endpoint; returns the session cookie. */
  private static String session(String email, String password) {
    return given()
        .header("X-Forwarded-For", address())
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "password", password))
        .post("/api/v1/session")
        .then()
        .statusCode(200)
        .extract()
        .cookie("pareto_session");
  }

  private static int withSession(String cookie) {
    return given().cookie("pareto_session", cookie).get("/api/v1/session").statusCode();
  }

  private static int withToken(String secret) {
    return given().header("Authorization", "Bearer " + secret).get("/api/v1/accounts").statusCode();
  }

  private static String token(TestUser as) {
    return Api.as(as)
        .body(Map.of("name", "BI", "scope", "READ_ONLY"))
        .post("/api/v1/tokens")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("secret");
  }

  private static Map<String, Object> user(TestUser u, boolean active, String password) {
    Map<String, Object> m =
        new HashMap<>(
            Map.of("email", u.email(), "name", "REP 测试", "role", "REP", "active", active));
    if (password != null) m.put("password", password);
    return m;
  }

  private static void replace(TestUser admin, TestUser u, Map<String, Object> body) {
    String etag =
        Api.as(admin)
            .get("/api/v1/users/" + u.id())
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    Api.as(admin)
        .header("If-Match", etag)
        .body(body)
        .put("/api/v1/users/" + u.id())
        .then()
        .statusCode(200);
  }

  @Test
  void aPasswordResetEndsSessionsAndTokens() {
    TestUser admin = users.create(Role.ADMIN);
    TestUser rep = users.create(Role.REP);
    String cookie = session(rep.email(), TestUsers.PASSWORD);
    String secret = token(rep);
    org.junit.jupiter.api.Assertions.assertEquals(200, withSession(cookie));
    org.junit.jupiter.api.Assertions.assertEquals(200, withToken(secret));
    replace(admin, rep, user(rep, true, "Kiwi-Harbour-Lantern-7"));
    org.junit.jupiter.api.Assertions.assertEquals(401, withSession(cookie));
    org.junit.jupiter.api.Assertions.assertEquals(401, withToken(secret));
    // the new password opens a new session, which works
    org.junit.jupiter.api.Assertions.assertEquals(
        200, withSession(session(rep.email(), "Kiwi-Harbour-Lantern-7")));
    Api.as(admin)
        .queryParam("entityType", "API_TOKEN")
        .queryParam("action", "DELETE")
        .queryParam("actor", admin.email())
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
  }

  @Test
  void reactivationDoesNotReviveWhatDeactivationEnded() {
    TestUser admin = users.create(Role.ADMIN);
    TestUser rep = users.create(Role.REP);
    String cookie = session(rep.email(), TestUsers.PASSWORD);
    String secret = token(rep);
    replace(admin, rep, user(rep, false, null));
    org.junit.jupiter.api.Assertions.assertEquals(401, withSession(cookie));
    org.junit.jupiter.api.Assertions.assertEquals(401, withToken(secret));
    replace(admin, rep, user(rep, true, null));
    org.junit.jupiter.api.Assertions.assertEquals(401, withSession(cookie));
    org.junit.jupiter.api.Assertions.assertEquals(401, withToken(secret));
    Api.as(admin)
        .get("/api/v1/users/" + rep.id() + "/tokens")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
    org.junit.jupiter.api.Assertions.assertEquals(
        200, withSession(session(rep.email(), TestUsers.PASSWORD)));
  }

  @Test
  void deactivationByImportEndsSessionsAndTokensToo() {
    TestUser admin = users.create(Role.ADMIN);
    TestUser rep = users.create(Role.REP);
    String cookie = session(rep.email(), TestUsers.PASSWORD);
    String secret = token(rep);
    Api.as(admin)
        .contentType("text/csv; charset=UTF-8")
        .body("email,name,role,active\n" + rep.email() + ",REP 测试,REP,false\n")
        .post("/api/v1/imports/users")
        .then()
        .statusCode(200)
        .body("updated", equalTo(1));
    Api.as(admin)
        .contentType("text/csv; charset=UTF-8")
        .body("email,name,role,active\n" + rep.email() + ",REP 测试,REP,true\n")
        .post("/api/v1/imports/users")
        .then()
        .statusCode(200)
        .body("updated", equalTo(1));
    org.junit.jupiter.api.Assertions.assertEquals(401, withSession(cookie));
    org.junit.jupiter.api.Assertions.assertEquals(401, withToken(secret));
    Api.as(admin)
        .queryParam("entityType", "API_TOKEN")
        .queryParam("action", "DELETE")
        .queryParam("actor", admin.email())
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].changes.userId", contains((int) rep.id(), null));
  }

  @Test
  void commonPasswordsAndOnesContainingTheEmailNameAreRefusedWithFieldErrors() {
    TestUser admin = users.create(Role.ADMIN);
    for (String weak :
        new String[] {"aaaaaaaaaa", "1234567890", "password12", "qwertyuiop", "iloveyou2026!"}) {
      Api.as(admin)
          .body(
              Map.of(
                  "email",
                  "weak-" + java.util.UUID.randomUUID() + "@pareto.test",
                  "name",
                  "弱",
                  "role",
                  "REP",
                  "password",
                  weak))
          .post("/api/v1/users")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("password"));
    }
    Api.as(admin)
        .body(
            Map.of(
                "email",
                "zhang.wei@pareto.test",
                "name",
                "张伟",
                "role",
                "REP",
                "password",
                "Zhang.Wei-2026x"))
        .post("/api/v1/users")
        .then()
        .statusCode(400)
        .body("errors.message", hasItem("contains the email address's name part"));
    TestUser rep = users.create(Role.REP);
    String etag = Api.as(admin).get("/api/v1/users/" + rep.id()).then().extract().header("ETag");
    Api.as(admin)
        .header("If-Match", etag)
        .body(user(rep, true, "password123"))
        .put("/api/v1/users/" + rep.id())
        .then()
        .statusCode(400)
        .body("errors.message", hasItem("is one of the most common passwords"));
    // the refused reset changed nothing: the old password still signs in
    org.junit.jupiter.api.Assertions.assertEquals(
        200, withSession(session(rep.email(), TestUsers.PASSWORD)));
  }
}
