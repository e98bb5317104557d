package io.pareto.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The SPA's cookie session: sign-in, CSRF, sign-out, challenges, throttling and headers. */
@QuarkusTest
class SessionTest {
  @Inject TestUsers users;

  /** A made-up client address per test, so throttling in one test never touches another. */
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

  @Test
  void signInSetsAStrictHttpOnlySessionAndAReadableCsrfCookie() {
    TestUser rep = users.create(Role.REP);
    Response r = signIn(address(), rep.email(), TestUsers.PASSWORD);
    r.then()
        .statusCode(200)
        .body("id", equalTo((int) rep.id()))
        .body("email", equalTo(rep.email()))
        .body("role", equalTo("REP"))
        .body("password", nullValue())
        .body("passwordHash", nullValue());
    String session =
        r.headers().getValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("pareto_session="))
            .findFirst()
            .orElseThrow();
    String csrf =
        r.headers().getValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("pareto_csrf="))
            .findFirst()
            .orElseThrow();
    assertTrue(
        session.contains("HttpOnly")
            && session.contains("SameSite=Strict")
            && !session.contains("Secure"),
        session);
    assertTrue(!csrf.contains("HttpOnly") && csrf.contains("SameSite=Strict"), csrf);

    Response tls =
        spa(address())
            .header("X-Forwarded-Proto", "https")
            .body(Map.of("email", rep.email(), "password", TestUsers.PASSWORD))
            .post("/api/v1/session");
    assertTrue(
        tls.headers().getValues("Set-Cookie").stream().allMatch(c -> c.contains("Secure")),
        "Secure over TLS");

    spa(address())
        .cookie("pareto_session", r.cookie("pareto_session"))
        .get("/api/v1/session")
        .then()
        .statusCode(200)
        .body("email", equalTo(rep.email()));
  }

  @Test
  void cookieWritesNeedTheCsrfHeaderAndSignOutClearsTheCookies() {
    TestUser rep = users.create(Role.REP);
    Response r = signIn(address(), rep.email(), TestUsers.PASSWORD);
    String session = r.cookie("pareto_session");
    String csrf = r.cookie("pareto_csrf");
    var account = Fixtures.account("CSRF 客户");

    spa(address())
        .cookie("pareto_session", session)
        .cookie("pareto_csrf", csrf)
        .body(account)
        .post("/api/v1/accounts")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("X-CSRF-Token"));
    spa(address())
        .cookie("pareto_session", session)
        .cookie("pareto_csrf", "forged")
        .header("X-CSRF-Token", "forged")
        .body(account)
        .post("/api/v1/accounts")
        .then()
        .statusCode(403);
    spa(address())
        .cookie("pareto_session", session)
        .cookie("pareto_csrf", csrf)
        .header("X-CSRF-Token", csrf)
        .body(account)
        .post("/api/v1/accounts")
        .then()
        .statusCode(201)
        .body("ownerId", equalTo((int) rep.id()));

    Response out =
        spa(address())
            .cookie("pareto_session", session)
            .cookie("pareto_csrf", csrf)
            .header("X-CSRF-Token", csrf)
            .delete("/api/v1/session");
    out.then().statusCode(204);
    assertTrue(
        out.headers().getValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("pareto_session="))
            .allMatch(c -> c.contains("Max-Age=0")));
  }

  @Test
  void aTamperedSessionCookieIsNoSession() {
    TestUser rep = users.create(Role.REP);
    String session = signIn(address(), rep.email(), TestUsers.PASSWORD).cookie("pareto_session");
    String[] parts = session.split("\\.");
    parts[1] = String.valueOf(rep.id() + 1);
    spa(address())
        .cookie("pareto_session", String.join(".", parts))
        .get("/api/v1/session")
        .then()
        .statusCode(401);
  }

  @Test
  void unauthorizedIsProblemJsonWithoutABasicChallengeForTheSpa() {
    spa(address())
        .get("/api/v1/accounts")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", nullValue())
        .body("status", equalTo(401));
    given()
        .get("/api/v1/accounts")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", containsString("Basic"));
    spa(address())
        .auth()
        .preemptive()
        .basic("nobody@pareto.test", "wrong-password")
        .get("/api/v1/accounts")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", nullValue())
        .contentType("application/problem+json");
  }

  @Test
  void wrongPasswordAndUnknownUserAnswerAlike() {
    TestUser rep = users.create(Role.REP);
    Response wrong = signIn(address(), rep.email(), "not-the-password");
    Response unknown =
        signIn(address(), "nobody-" + UUID.randomUUID() + "@pareto.test", "not-the-password");
    wrong.then().statusCode(401).contentType("application/problem+json");
    unknown.then().statusCode(401).contentType("application/problem+json");
    assertEquals(wrong.jsonPath().getString("detail"), unknown.jsonPath().getString("detail"));
  }

  @Test
  void fiveFailuresForOneUserFromOneAddressThrottleThatPairOnly() {
    TestUser rep = users.create(Role.REP);
    String attacker = address();
    for (int i = 0; i < 5; i++) signIn(attacker, rep.email(), "wrong-" + i).then().statusCode(401);
    signIn(attacker, rep.email(), TestUsers.PASSWORD)
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue());
    int retry = Integer.parseInt(signIn(attacker, rep.email(), "x").header("Retry-After"));
    assertTrue(retry > 14 * 60 && retry <= 15 * 60, "Retry-After " + retry);
    // Basic is no way around it.
    given()
        .header("X-Forwarded-For", attacker)
        .auth()
        .preemptive()
        .basic(rep.email(), TestUsers.PASSWORD)
        .get("/api/v1/accounts")
        .then()
        .statusCode(401);
    // The owner, elsewhere, is not locked out by it.
    signIn(address(), rep.email(), TestUsers.PASSWORD).then().statusCode(200);
  }

  @Test
  void hammeringOneAccountFromOneAddressDoesNotLockItsOwnerOut() {
    TestUser rep = users.create(Role.REP);
    String attacker = address();
    int refused = 0;
    for (int i = 0; i < 30; i++)
      refused += signIn(attacker, rep.email(), "guess-" + i).statusCode() == 429 ? 1 : 0;
    assertEquals(25, refused, "the pair's 5 attempts are checked, the other 25 refused unchecked");
    signIn(address(), rep.email(), TestUsers.PASSWORD).then().statusCode(200);
  }

  @Test
  void failuresPerAddressThrottleWhateverTheUser() {
    String ip = address();
    for (int i = 0; i < 20; i++)
      signIn(ip, "unknown-" + UUID.randomUUID() + "@pareto.test", "wrong").then().statusCode(401);
    TestUser rep = users.create(Role.REP);
    signIn(ip, rep.email(), TestUsers.PASSWORD)
        .then()
        .statusCode(429)
        .header("Retry-After", notNullValue());
    signIn(address(), rep.email(), TestUsers.PASSWORD).then().statusCode(200);
  }

  @Test
  void everyResponseCarriesSecurityHeadersAndCorsStaysClosed() {
    for (Response r :
        new Response[] {
          spa(address()).get("/api/v1/accounts"), given().get("/"), given().get("/q/health")
        }) {
      r.then()
          .header("X-Content-Type-Options", "nosniff")
          .header("X-Frame-Options", "DENY")
          .header("Referrer-Policy", notNullValue());
    }
    spa(address())
        .get("/api/v1/accounts")
        .then()
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("Content-Security-Policy", containsString("script-src 'self'"));
    given()
        .header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "GET")
        .options("/api/v1/accounts")
        .then()
        .header("Access-Control-Allow-Origin", not(equalTo("https://evil.example")));
  }
}
