package io.pareto.idempotency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {
  @Inject TestUsers users;
  TestUser admin;

  @BeforeEach
  void setUp() {
    admin = users.create(Role.ADMIN);
  }

  @Test
  void aRetryWithTheSameKeyReplaysTheFirstAnswerWithoutWritingAgain() {
    String name = "幂等客户 " + UUID.randomUUID();
    String key = UUID.randomUUID().toString();
    Response first = post(admin, key, name);
    first.then().statusCode(201).header(IdempotencyFilter.REPLAYED, nullValue());
    Response second = post(admin, key, name);
    second
        .then()
        .statusCode(201)
        .header(IdempotencyFilter.REPLAYED, "true")
        .header("Location", first.header("Location"))
        .header("ETag", first.header("ETag"))
        .contentType("application/json");
    assertEquals(first.jsonPath().getLong("id"), second.jsonPath().getLong("id"));
    assertEquals(first.asString(), second.asString());
    assertEquals(1, count(name));
  }

  @Test
  void theSameKeyWithAnotherBodyIs422AndWritesNothing() {
    String name = "幂等 A " + UUID.randomUUID();
    String key = UUID.randomUUID().toString();
    post(admin, key, name).then().statusCode(201);
    post(admin, key, name + " changed")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:pareto:problem:idempotency-key-reused"))
        .body("errors[0].field", equalTo("Idempotency-Key"));
    assertEquals(0, count(name + " changed"));
  }

  @Test
  void keysBelongToTheirUserAndPostsWithoutAKeyAlwaysWrite() {
    TestUser other = users.create(Role.ADMIN);
    String name = "幂等 B " + UUID.randomUUID();
    String key = UUID.randomUUID().toString();
    post(admin, key, name).then().statusCode(201);
    post(other, key, name).then().statusCode(201).header(IdempotencyFilter.REPLAYED, nullValue());
    Api.as(admin).body(Fixtures.account(name)).post("/api/v1/accounts").then().statusCode(201);
    assertEquals(3, count(name));
  }

  @Test
  void aRefusedRequestIsReplayedButAFailureThatARetryCanFixIsNot() {
    String key = UUID.randomUUID().toString();
    var invalid = Fixtures.account("");
    Api.as(admin)
        .header(IdempotencyFilter.HEADER, key)
        .body(invalid)
        .post("/api/v1/accounts")
        .then()
        .statusCode(400);
    Api.as(admin)
        .header(IdempotencyFilter.HEADER, key)
        .body(invalid)
        .post("/api/v1/accounts")
        .then()
        .statusCode(400)
        .header(IdempotencyFilter.REPLAYED, "true")
        .contentType("application/problem+json");

    // A duplicate externalId is a 409: the key is freed, so the same request may succeed once the
    // clash is gone.
    String external = "IDEM-" + UUID.randomUUID();
    var body = Fixtures.account("幂等 C " + external);
    body.put("externalId", external);
    long id =
        Api.as(admin)
            .body(body)
            .post("/api/v1/accounts")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    String conflictKey = UUID.randomUUID().toString();
    Api.as(admin)
        .header(IdempotencyFilter.HEADER, conflictKey)
        .body(body)
        .post("/api/v1/accounts")
        .then()
        .statusCode(409);
    Api.as(admin)
        .header("If-Match", Fixtures.etag(admin, "/api/v1/accounts/" + id))
        .delete("/api/v1/accounts/" + id)
        .then()
        .statusCode(204);
    Api.as(admin)
        .header(IdempotencyFilter.HEADER, conflictKey)
        .body(body)
        .post("/api/v1/accounts")
        .then()
        .statusCode(201)
        .header(IdempotencyFilter.REPLAYED, nullValue());
  }

  @Test
  void aBlankKeyIsABadRequest() {
    Api.as(admin)
        .header(IdempotencyFilter.HEADER, " ")
        .body(Fixtures.account("x"))
        .post("/api/v1/accounts")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("Idempotency-Key"));
  }

  @Test
  void twoConcurrentRequestsWithOneKeyWriteOnceAndBothGetTheSameAnswer() throws Exception {
    String name = "幂等并发 " + UUID.randomUUID();
    String key = UUID.randomUUID().toString();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<Response>> calls =
          List.of(1, 2).stream()
              .map(
                  i ->
                      CompletableFuture.supplyAsync(
                          () -> {
                            await(start);
                            return post(admin, key, name);
                          },
                          pool))
              .toList();
      start.countDown();
      Response a = calls.get(0).get();
      Response b = calls.get(1).get();
      assertEquals(201, a.statusCode());
      assertEquals(201, b.statusCode());
      assertEquals(a.jsonPath().getLong("id"), b.jsonPath().getLong("id"));
      assertEquals(1, count(name));
    } finally {
      pool.shutdownNow();
    }
  }

  private static Response post(TestUser as, String key, String name) {
    return Api.as(as)
        .header(IdempotencyFilter.HEADER, key)
        .body(Fixtures.account(name))
        .post("/api/v1/accounts");
  }

  private long count(String name) {
    return Api.as(admin)
        .queryParam("q", name)
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
