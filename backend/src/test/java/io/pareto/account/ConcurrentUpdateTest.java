package io.pareto.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two editors holding the same ETag: exactly one write wins, the other is told to reload. */
@QuarkusTest
class ConcurrentUpdateTest {
  @Inject TestUsers users;

  @Test
  void oneOfTwoConcurrentEditsWinsTheOtherGets412() throws Exception {
    TestUser admin = users.create(Role.ADMIN);
    long id = Fixtures.accountId(admin, "Race 客户");
    String path = "/api/v1/accounts/" + id;
    String etag = Fixtures.etag(admin, path);
    int editors = 6;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(editors);
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < editors; i++) {
      String name = "Editor " + i;
      results.add(
          pool.submit(
              () -> {
                start.await();
                return Api.as(admin)
                    .header("If-Match", etag)
                    .body(Fixtures.account(name))
                    .put(path)
                    .statusCode();
              }));
    }
    start.countDown();
    List<Integer> codes = new ArrayList<>();
    for (Future<Integer> f : results) codes.add(f.get());
    pool.shutdown();
    assertEquals(1, Collections.frequency(codes, 200), "exactly one edit wins: " + codes);
    assertEquals(
        editors - 1, Collections.frequency(codes, 412), "the others are refused: " + codes);
    Api.as(admin).get(path).then().header("ETag", "\"1\"");
  }
}
