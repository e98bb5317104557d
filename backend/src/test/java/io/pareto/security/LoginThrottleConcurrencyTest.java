package io.pareto.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Parallel sign-ins cannot outrun the throttle: attempts are reserved before any password is
 * checked.
 */
@QuarkusTest
class LoginThrottleConcurrencyTest {
  private static final int PARALLEL = 50;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final ExecutorService POOL = Executors.newFixedThreadPool(PARALLEL);

  @Inject TestUsers users;
  @Inject EntityManager em;

  @TestHTTPResource("/api/v1/session")
  URI session;

  @AfterAll
  static void stop() {
    POOL.shutdownNow();
  }

  private static String address() {
    return "10."
        + (int) (Math.random() * 250)
        + "."
        + (int) (Math.random() * 250)
        + "."
        + (int) (Math.random() * 250);
  }

  private HttpRequest spaSignIn(String ip, String email, String password) {
    String body = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    return HttpRequest.newBuilder(session)
        .header("X-Forwarded-For", ip)
        .header("X-Requested-With", "XMLHttpRequest")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private HttpRequest basic(String ip, String email, String password) {
    String auth =
        Base64.getEncoder()
            .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(session)
        .header("X-Forwarded-For", ip)
        .header("Authorization", "Basic " + auth)
        .GET()
        .build();
  }

  /** Sends all requests at the same instant; the status codes, counted. */
  private static Map<Integer, Long> burst(List<HttpRequest> requests) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    for (HttpRequest r : requests) {
      answers.add(
          POOL.submit(
              () -> {
                go.await();
                return HTTP.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
              }));
    }
    go.countDown();
    List<Integer> codes = new ArrayList<>();
    for (Future<Integer> f : answers) codes.add(f.get());
    return codes.stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  @Test
  void fiftyParallelSpaAndBasicAttemptsFromOneAddressGetExactlyFiveChecked() throws Exception {
    TestUser rep = users.create(Role.REP);
    String ip = address();
    List<HttpRequest> requests = new ArrayList<>();
    // Half through the SPA's sign-in, half as HTTP Basic: one throttle for both.
    for (int i = 0; i < PARALLEL; i++) {
      requests.add(
          i % 2 == 0
              ? spaSignIn(ip, rep.email(), "wrong-" + i)
              : basic(ip, rep.email(), "wrong-" + i));
    }
    Map<Integer, Long> codes = burst(requests);
    // Basic answers a throttled caller 401 as well, so the audit tells checked from refused.
    assertEquals(5, events("SIGN_IN_FAILED", String.valueOf(rep.id())), codes.toString());
    assertEquals(45, events("THROTTLED", rep.email()), codes.toString());
    assertEquals(
        PARALLEL, codes.getOrDefault(401, 0L) + codes.getOrDefault(429, 0L), codes.toString());
  }

  private long events(String action, String entityId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createQuery(
                        "select count(e) from AuditEvent e where e.entityType = 'USER' and e.action = :a and e.entityId = :id",
                        Long.class)
                    .setParameter("a", action)
                    .setParameter("id", entityId)
                    .getSingleResult());
  }

  @Test
  void fiftyParallelSpaAttemptsFromOneAddressAdmitFive() throws Exception {
    TestUser rep = users.create(Role.REP);
    String ip = address();
    List<HttpRequest> requests = new ArrayList<>();
    for (int i = 0; i < PARALLEL; i++) requests.add(spaSignIn(ip, rep.email(), "wrong-" + i));
    Map<Integer, Long> codes = burst(requests);
    assertEquals(Map.of(401, 5L, 429, 45L), codes);
  }

  @Test
  void fiftyParallelAttemptsFromFiftyAddressesAreSlowedAfterTen() throws Exception {
    TestUser rep = users.create(Role.REP);
    List<HttpRequest> requests = new ArrayList<>();
    for (int i = 0; i < PARALLEL; i++)
      requests.add(spaSignIn(address(), rep.email(), "wrong-" + i));
    Map<Integer, Long> codes = burst(requests);
    long checked = codes.getOrDefault(401, 0L);
    // 10 free attempts; the 11th waits 1 s after the 10th, the 12th 2 s after the 11th, the 13th 4
    // s more:
    // a burst shorter than 7 s gets at most 12 checked.
    assertTrue(checked >= 10 && checked <= 12, codes.toString());
    assertEquals(PARALLEL - checked, codes.getOrDefault(429, 0L), codes.toString());
  }
}
