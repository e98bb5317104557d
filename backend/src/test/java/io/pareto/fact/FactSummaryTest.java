package io.pareto.fact;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.classification.ClassificationFixtures;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The per-account fact summary follows every way facts change: API writes and deletes and imports
 * refresh it in their own transaction (read here straight from the table, before any reader could
 * catch up), and each as-of month has its own rows, so the months roll over without going stale.
 */
@QuarkusTest
class FactSummaryTest {
  static final LocalDate CURRENT = LocalDate.now().withDayOfMonth(1);

  @Inject TestUsers users;
  @Inject EntityManager em;
  @Inject ClassificationFixtures facts;

  record Row(
      BigDecimal revenue12,
      BigDecimal grossProfit12,
      BigDecimal costToServe12,
      BigDecimal revenuePrev12,
      int months12,
      LocalDate lastRevenueMonth) {}

  @Test
  void factWritesAndDeletesThroughTheApiRefreshTheCurrentMonthsSummary() {
    TestUser rep = users.create(Role.REP);
    long account = Fixtures.accountId(rep, "Summary 写入");
    String base = "/api/v1/accounts/" + account + "/facts";
    long now = post(rep, base, CURRENT, "1000.00");
    assertEquals(
        new Row(money("1000.00"), money("100.50"), money("20.00"), money("0.00"), 1, CURRENT),
        row(CURRENT, account));
    long prev = post(rep, base, CURRENT.minusMonths(1), "500.00");
    long older = post(rep, base, CURRENT.minusMonths(13), "70.00"); // in P, the 12 months before W
    assertEquals(
        new Row(money("1500.00"), money("201.00"), money("40.00"), money("70.00"), 2, CURRENT),
        row(CURRENT, account));

    // revenue of this month to 0: the last month with revenue moves back
    Api.as(rep)
        .header("If-Match", "\"0\"")
        .body(fact(CURRENT, "0.00"))
        .put("/api/v1/facts/" + now)
        .then()
        .statusCode(200);
    assertEquals(
        new Row(
            money("500.00"),
            money("201.00"),
            money("40.00"),
            money("70.00"),
            2,
            CURRENT.minusMonths(1)),
        row(CURRENT, account));

    Api.as(rep).header("If-Match", "\"0\"").delete("/api/v1/facts/" + prev).then().statusCode(204);
    assertEquals(
        new Row(
            money("0.00"),
            money("100.50"),
            money("20.00"),
            money("70.00"),
            1,
            CURRENT.minusMonths(13)),
        row(CURRENT, account));
    Api.as(rep).header("If-Match", "\"1\"").delete("/api/v1/facts/" + now).then().statusCode(204);
    Api.as(rep).header("If-Match", "\"0\"").delete("/api/v1/facts/" + older).then().statusCode(204);
    assertNull(row(CURRENT, account), "no facts left, no summary row");
  }

  @Test
  void anImportRefreshesTheAccountsWhoseFactsItWrote() {
    TestUser rep = users.create(Role.REP);
    String p = "S" + UUID.randomUUID().toString().substring(0, 8) + "-";
    Api.as(rep)
        .contentType("text/csv; charset=UTF-8")
        .body("externalId,name\n" + p + "A,甲\n" + p + "B,乙\n")
        .post("/api/v1/imports/accounts")
        .then()
        .statusCode(200);
    String month = CURRENT.toString().substring(0, 7);
    String earlier = CURRENT.minusMonths(2).toString().substring(0, 7);
    importFacts(
        rep,
        "accountExternalId,month,revenue,grossProfit,costToServe,orderCount\n"
            + p
            + "A,"
            + month
            + ",300.00,30.00,3.00,1\n"
            + p
            + "A,"
            + earlier
            + ",200.00,-5.00,2.00,1\n"
            + p
            + "B,"
            + month
            + ",0.00,0.00,9.00,1\n");
    long a = accountId(p + "A");
    long b = accountId(p + "B");
    assertEquals(
        new Row(money("500.00"), money("25.00"), money("5.00"), money("0.00"), 2, CURRENT),
        row(CURRENT, a));
    assertEquals(
        new Row(money("0.00"), money("0.00"), money("9.00"), money("0.00"), 1, null),
        row(CURRENT, b));

    // an update by import replaces the sums, it does not add to them
    importFacts(
        rep,
        "accountExternalId,month,revenue,grossProfit,costToServe,orderCount\n"
            + p
            + "A,"
            + month
            + ",50.00,30.00,3.00,1\n");
    assertEquals(money("250.00"), row(CURRENT, a).revenue12());
  }

  @Test
  void eachAsOfMonthHasItsOwnSummarySoMonthsRollOver() {
    TestUser admin = users.create(Role.ADMIN);
    // this test's own era: 1979-01 100, 1979-12 200 (written by SQL: readers catch up on them)
    long x = ClassificationFixtures.account(admin, "Roll-over", 1, 1);
    facts.fact(x, LocalDate.of(1979, 1, 1), "100.00", "10.00", "1.00");
    facts.fact(x, LocalDate.of(1979, 12, 1), "200.00", "20.00", "2.00");
    assertEquals(300f, paretoTotal(admin, "1979-12-31")); // W = 1979-01..1979-12
    assertEquals(
        200f, paretoTotal(admin, "1980-01-15")); // W = 1979-02..1980-01: January 1979 rolled out
    assertEquals(
        new Row(
            money("200.00"),
            money("20.00"),
            money("2.00"),
            money("100.00"),
            1,
            LocalDate.of(1979, 12, 1)),
        row(LocalDate.of(1980, 1, 1), x));
    Api.as(admin)
        .get("/api/v1/analytics/pareto?asOf=1981-01-31")
        .then()
        .statusCode(200)
        .body("customerCount", equalTo(0));
    // a fact arriving later for an already summarised month is caught up on the next read
    facts.fact(x, LocalDate.of(1980, 1, 1), "50.00", "5.00", "0.50");
    assertEquals(250f, paretoTotal(admin, "1980-01-15"));

    // besides the current month, only the 3 most recently built months are kept; an evicted one is
    // rebuilt
    paretoTotal(admin, "1982-01-31");
    paretoTotal(admin, "1983-01-31");
    List<LocalDate> kept = kept();
    assertTrue(kept.contains(CURRENT), "the current month is never evicted: " + kept);
    assertFalse(kept.contains(LocalDate.of(1979, 12, 1)), "evicted: " + kept);
    assertTrue(kept.size() <= 4, "kept " + kept);
    assertEquals(300f, paretoTotal(admin, "1979-12-31"));
  }

  static Map<String, Object> fact(LocalDate month, String revenue) {
    return FactCrudTest.fact(month.toString().substring(0, 7), revenue);
  }

  static long post(TestUser as, String base, LocalDate month, String revenue) {
    return Api.as(as)
        .body(fact(month, revenue))
        .post(base)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  static void importFacts(TestUser as, String csv) {
    Api.as(as)
        .contentType("text/csv; charset=UTF-8")
        .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .post("/api/v1/imports/facts")
        .then()
        .statusCode(200);
  }

  static float paretoTotal(TestUser as, String asOf) {
    return Api.as(as)
        .get("/api/v1/analytics/pareto?metric=revenue&asOf=" + asOf)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getFloat("total");
  }

  static BigDecimal money(String v) {
    return new BigDecimal(v);
  }

  long accountId(String externalId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery("SELECT id FROM account WHERE external_id = :e")
                            .setParameter("e", externalId)
                            .getSingleResult())
                    .longValue());
  }

  List<LocalDate> kept() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createNativeQuery(
                        "SELECT as_of_month FROM fact_summary_month ORDER BY as_of_month",
                        LocalDate.class)
                    .getResultList());
  }

  Row row(LocalDate month, long account) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<?> rows =
                  em.createNativeQuery(
                          "SELECT revenue12, gross_profit12, cost_to_serve12, revenue_prev12,"
                              + " fact_months12, last_revenue_month FROM account_fact_summary WHERE as_of_month = :m AND account_id = :a")
                      .setParameter("m", month)
                      .setParameter("a", account)
                      .getResultList();
              if (rows.isEmpty()) return null;
              Object[] r = (Object[]) rows.get(0);
              return new Row(
                  scale2(r[0]),
                  scale2(r[1]),
                  scale2(r[2]),
                  scale2(r[3]),
                  ((Number) r[4]).intValue(),
                  r[5] == null
                      ? null
                      : r[5] instanceof LocalDate d ? d : ((java.sql.Date) r[5]).toLocalDate());
            });
  }

  static BigDecimal scale2(Object o) {
    return new BigDecimal(o.toString()).setScale(2);
  }
}
