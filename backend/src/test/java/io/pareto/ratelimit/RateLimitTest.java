package io.pareto.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The test profile limits READ_ONLY tokens to 20 requests per hour (application.properties). */
@QuarkusTest
class RateLimitTest {
  private static final int LIMIT = 20;
  @Inject TestUsers users;
  @Inject RateLimits limits;

  @Test
  void aTokenSeesItsBudgetShrinkAndPastTheLimitGets429WithRetryAfter() throws Exception {
    TestUser rep = users.create(Role.REP);
    String secret =
        Api.as(rep)
            .body(Map.of("name", "BI", "scope", "READ_ONLY"))
            .post("/api/v1/tokens")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("secret");
    Response first = bearer(secret).get("/api/v1/accounts");
    long reset = Long.parseLong(first.header("RateLimit-Reset"));
    if (reset
        < 60) { // a window is about to end: start in the next one, so all 21 calls share a window
      Thread.sleep((reset + 1) * 1000);
      first = bearer(secret).get("/api/v1/accounts");
    }
    first
        .then()
        .statusCode(200)
        .header("RateLimit-Limit", "20")
        .header("RateLimit-Remaining", "19");
    for (int i = 2; i <= LIMIT; i++) {
      bearer(secret)
          .get("/api/v1/accounts")
          .then()
          .statusCode(200)
          .header("RateLimit-Remaining", String.valueOf(LIMIT - i));
    }
    Response refused = bearer(secret).get("/api/v1/accounts");
    refused
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("RateLimit-Remaining", "0")
        .body("status", equalTo(429))
        .body("type", equalTo("urn:pareto:problem:rate-limited"));
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After " + retryAfter);
    assertEquals(refused.header("RateLimit-Reset"), refused.header("Retry-After"));

    // The same user signing in with a password is not an integration and is not limited.
    Api.as(rep)
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .header("RateLimit-Limit", nullValue());
  }

  @Test
  void countingIsOneAtomicUpsertSoConcurrentRequestsAreNeverLost() throws Exception {
    long token = -System.nanoTime(); // no such token row: counters carry no foreign key
    Instant at = Instant.parse("2026-12-03T10:00:30Z");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<RateLimits.Usage>> calls = new ArrayList<>();
      for (int i = 0; i < 40; i++)
        calls.add(pool.submit(() -> limits.count(token, "READ_ONLY", at)));
      long exceeded = 0;
      int minRemaining = LIMIT;
      for (Future<RateLimits.Usage> f : calls) {
        RateLimits.Usage u = f.get();
        if (u.exceeded()) exceeded++;
        minRemaining = Math.min(minRemaining, u.remaining());
        assertEquals(3570, u.resetSeconds()); // 10:00:30 in the hour's window that ends at 11:00:00
      }
      assertEquals(20, exceeded); // exactly the 21st to 40th of 40 requests
      assertEquals(0, minRemaining);
      // The next window starts from zero.
      RateLimits.Usage next =
          limits.count(token, "READ_ONLY", Instant.parse("2026-12-03T11:00:00Z"));
      assertEquals(LIMIT - 1, next.remaining());
      assertEquals(false, next.exceeded());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aScopeWithoutALimitIsNotCounted() {
    // The test profile leaves READ_WRITE at its default of 300; an unknown scope has no limit at
    // all.
    assertEquals(null, limits.count(1, "NO_SUCH_SCOPE", Instant.now()));
    assertEquals(300, limits.count(-System.nanoTime(), "READ_WRITE", Instant.now()).limit());
  }

  private static io.restassured.specification.RequestSpecification bearer(String secret) {
    return given().header("Authorization", "Bearer " + secret).accept(ContentType.JSON);
  }
}
