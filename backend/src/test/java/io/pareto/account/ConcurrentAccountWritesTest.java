package io.pareto.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.activity.ActivityFixtures;
import io.pareto.decisionmap.DecisionMapFixtures;
import io.pareto.plan.PlanFixtures;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Concurrently;
import io.pareto.support.Concurrently.Tally;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Eight writers, twenty writes each, all on one account, for every kind of write that feeds a
 * derived table (or sits beside one): every create answers 201, nothing answers 409 or 5xx, and
 * afterwards every derived row equals its recomputation from the source rows and the counts written
 * by hand.
 */
@QuarkusTest
class ConcurrentAccountWritesTest {
  static final int THREADS = 8;
  static final int WRITES = 20;
  static final int N = THREADS * WRITES;
  static final String[] ROLES = {"DECISION_MAKER", "INFLUENCER", "COACH", "USER"};
  static final String[] LAYERS = {"EXECUTIVE", "DECISION", "IMPLEMENTATION", "USER"};

  @Inject TestUsers users;
  @Inject DerivedRows derived;
  @Inject EntityManager em;
  TestUser admin;
  TestUser colleague;
  String prefix;
  long account;

  @BeforeEach
  void account() {
    admin = users.create(Role.ADMIN);
    colleague = users.create(Role.REP);
    prefix = "CW" + System.nanoTime() + "-";
    var body = Fixtures.account("并发 " + prefix);
    body.put("externalId", prefix + "A");
    account = Fixtures.createAccount(admin, body).getLong("id");
  }

  @Test
  void contactsWithRolesAndOwners() throws Exception {
    Tally tally =
        Concurrently.run(
            THREADS,
            WRITES,
            (t, i, n, seen) -> {
              Response c = Api.as(admin).body(contact(n)).post(contacts());
              if (seen.record("contact", c.statusCode()) != 201) return;
              long id = c.jsonPath().getLong("id");
              seen.record(
                  "owner",
                  Api.as(admin)
                      .body(
                          Map.of("userId", n % 2 == 0 ? admin.id() : colleague.id(), "strength", 3))
                      .post("/api/v1/contacts/" + id + "/relationship-owners")
                      .statusCode());
            });
    assertEquals(N, tally.count("contact", 201), tally.toString());
    assertEquals(N, tally.count("owner", 201), tally.toString());
    derived.assertInStep(account);
    // n % 4: 0 decision maker, 1 influencer, 2 coach, 3 user; closeness 1 + n % 5 (>= 3 twice in
    // five)
    Map<String, Number> s = summary();
    assertEquals(N, s.get("contacts").intValue());
    assertEquals(N / 4, s.get("f_decision_maker").intValue());
    assertEquals(N / 4, s.get("f_coach").intValue());
    assertEquals(N / 2, s.get("f_key_person").intValue());
    assertEquals(N * 3 / 5, s.get("f_close").intValue(), "closeness >= 3 twice in five");
    // both of our users hold close contacts: the summary's lowest and highest holder are the two of
    // them
    assertEquals(Math.min(admin.id(), colleague.id()), s.get("close_owner_min").longValue());
    assertEquals(Math.max(admin.id(), colleague.id()), s.get("close_owner_max").longValue());
    assertEquals(N / 2, derived.rows("decision_map_key_person", account));
  }

  @Test
  void contactLinks() throws Exception {
    List<Long> people = new ArrayList<>();
    for (int k = 0; k < 17; k++)
      people.add(DecisionMapFixtures.contact(admin, account, contact(k)));
    Tally tally =
        Concurrently.run(
            THREADS,
            WRITES,
            (t, i, n, seen) -> {
              // (n % 17, offset n / 17 + 1): a different ordered pair for every write
              long from = people.get(n % 17);
              long to = people.get((n % 17 + n / 17 + 1) % 17);
              seen.record(
                  "link",
                  Api.as(admin)
                      .body(
                          Map.of(
                              "toContactId",
                              to,
                              "kind",
                              n % 2 == 0 ? "ALLY" : "INFLUENCES",
                              "strength",
                              1 + n % 3))
                      .post("/api/v1/contacts/" + from + "/links")
                      .statusCode());
            });
    assertEquals(N, tally.count("link", 201), tally.toString());
    assertEquals(
        N,
        count(
            "select count(*) from contact_link l join contact c on c.id = l.from_contact_id"
                + " where c.account_id = :a"));
    derived.assertInStep(account);
  }

  @Test
  void monthlyFacts() throws Exception {
    YearMonth now = YearMonth.now();
    Tally tally =
        Concurrently.run(
            THREADS,
            WRITES,
            (t, i, n, seen) -> {
              // n months ago, revenue 100 × (n + 1)
              seen.record(
                  "fact",
                  Api.as(admin)
                      .body(
                          Map.of(
                              "month",
                              now.minusMonths(n).toString(),
                              "revenue",
                              100 * (n + 1) + ".00",
                              "grossProfit",
                              "10.00",
                              "costToServe",
                              "1.00",
                              "orderCount",
                              1))
                      .post(facts())
                      .statusCode());
            });
    assertEquals(N, tally.count("fact", 201), tally.toString());
    derived.assertInStep(account);
    Object[] row =
        (Object[])
            QuarkusTransaction.requiringNew()
                .call(
                    () ->
                        em.createNativeQuery(
                                "select revenue12,"
                                    + " revenue_prev12, fact_months12 from account_fact_summary where account_id = :a and as_of_month = :m")
                            .setParameter("a", account)
                            .setParameter("m", now.atDay(1))
                            .getSingleResult());
    assertEquals(
        0,
        new java.math.BigDecimal("7800.00").compareTo((java.math.BigDecimal) row[0]),
        "100 × (1 + … + 12)");
    assertEquals(
        0,
        new java.math.BigDecimal("22200.00").compareTo((java.math.BigDecimal) row[1]),
        "100 × (13 + … + 24)");
    assertEquals(12, ((Number) row[2]).intValue());
  }

  @Test
  void dealsAndTransitions() throws Exception {
    Tally tally =
        Concurrently.run(
            THREADS,
            WRITES,
            (t, i, n, seen) -> {
              Response d =
                  Api.as(admin)
                      .body(Map.of("accountId", account, "name", "商机 " + n, "amount", "1000.00"))
                      .post("/api/v1/opportunities");
              if (seen.record("deal", d.statusCode()) != 201) return;
              String path = "/api/v1/opportunities/" + d.jsonPath().getLong("id");
              Response q =
                  Api.as(admin)
                      .header("If-Match", d.header("ETag"))
                      .body(Map.of("to", "QUALIFIED"))
                      .post(path + "/transitions");
              if (seen.record("transition", q.statusCode()) != 200 || n % 2 == 1) return;
              seen.record(
                  "transition",
                  Api.as(admin)
                      .header("If-Match", q.header("ETag"))
                      .body(Map.of("to", "PROPOSAL"))
                      .post(path + "/transitions")
                      .statusCode());
            });
    assertEquals(N, tally.count("deal", 201), tally.toString());
    assertEquals(N + N / 2, tally.count("transition", 200), tally.toString());
    derived.assertInStep(account);
    assertEquals(N, derived.rows("deal_stage_summary", account));
    assertEquals(
        N / 2,
        count(
            "select count(*) from deal_stage_summary s join opportunity o on o.id = s.opportunity_id"
                + " where o.account_id = :a and s.furthest_rank = 2 and s.last_stage = 'PROPOSAL'"));
  }

  @Test
  void activitiesNamingContacts() throws Exception {
    List<Long> people = new ArrayList<>();
    for (int k = 0; k < THREADS; k++) {
      var body = contact(4 * k); // decision makers: key persons, whose last contact date is stored
      body.put("lastContactedOn", LocalDate.now().minusDays(200).toString());
      people.add(DecisionMapFixtures.contact(admin, account, body));
    }
    Tally tally =
        Concurrently.run(
            THREADS,
            WRITES,
            (t, i, n, seen) -> {
              var visit = ActivityFixtures.activity("VISIT", LocalDate.now().minusDays(i));
              visit.put("contactIds", List.of(people.get(t), people.get((t + 1) % THREADS)));
              visit.put("noCommitmentReason", "客户临时取消会议");
              seen.record(
                  "activity",
                  Api.as(admin)
                      .body(visit)
                      .post("/api/v1/accounts/" + account + "/activities")
                      .statusCode());
            });
    assertEquals(N, tally.count("activity", 201), tally.toString());
    derived.assertInStep(account);
    // every thread's first visit (today) named its contact and the next one
    assertEquals(
        THREADS,
        count(
            "select count(*) from decision_map_key_person where account_id = :a and last_on = :d",
            LocalDate.now()));
  }

  @Test
  void planParts() throws Exception {
    PlanFixtures.createPlan(
        admin,
        account,
        LocalDate.now().withDayOfYear(1).toString(),
        LocalDate.now().withDayOfYear(1).plusYears(1).minusDays(1).toString());
    long before = version(PlanFixtures.etag(admin, account));
    Tally tally =
        Concurrently.run(
            THREADS,
            WRITES,
            (t, i, n, seen) -> {
              // the plan's ETag guards every part: a writer that read it before another's write is
              // told to reload (412)
              for (int attempt = 0; attempt < 500; attempt++) {
                long began = System.nanoTime();
                String etag = PlanFixtures.etag(admin, account);
                int status =
                    seen.record(
                        "objective",
                        Api.as(admin)
                            .header("If-Match", etag)
                            .body(PlanFixtures.objective("REVENUE", (n + 1) + "000.00", n % 2 == 0))
                            .post(plan() + "/objectives")
                            .statusCode());
                if (status != 412) return;
                // back off by up to one round of all writers, as a polite client does, so they stop
                // colliding in step
                long roundMs = THREADS * (System.nanoTime() - began) / 1_000_000;
                Thread.sleep(
                    java.util.concurrent.ThreadLocalRandom.current()
                        .nextLong(1, Math.max(2, roundMs)));
              }
            });
    assertEquals(N, tally.count("objective", 201), tally.toString());
    assertEquals(0, tally.other("objective", 201, 412), tally.toString());
    assertEquals(
        before + N, version(PlanFixtures.etag(admin, account)), "each part bumps the plan once");
    assertEquals(
        N,
        count(
            "select count(*) from plan_objective o join account_plan p on p.id = o.plan_id"
                + " where p.account_id = :a"));
    derived.assertInStep(account);
  }

  @Test
  void importsBesideApiWrites() throws Exception {
    Tally tally =
        Concurrently.run(
            THREADS,
            WRITES,
            (t, i, n, seen) -> {
              if (t
                  < 2) { // two integrations import two contacts each time, six reps type theirs in
                List<Map<String, Object>> rows = List.of(imported(n, 0), imported(n, 1));
                seen.record(
                    "import",
                    Api.as(admin).body(rows).post("/api/v1/imports/contacts").statusCode());
              } else {
                seen.record(
                    "contact", Api.as(admin).body(contact(n)).post(contacts()).statusCode());
              }
            });
    assertEquals(2 * WRITES, tally.count("import", 200), tally.toString());
    assertEquals(6 * WRITES, tally.count("contact", 201), tally.toString());
    derived.assertInStep(account);
    assertEquals(6 * WRITES + 2 * 2 * WRITES, summary().get("contacts").intValue());
  }

  private Map<String, Object> contact(int n) {
    var body =
        DecisionMapFixtures.person("联系人 " + n, LAYERS[n % 4], "SUPPORTER", 1 + n % 5, ROLES[n % 4]);
    if (n % 4 == 3) body.put("roles", List.of());
    return body;
  }

  private Map<String, Object> imported(int n, int k) {
    return Map.of(
        "externalId",
        prefix + "I" + n + "-" + k,
        "accountExternalId",
        prefix + "A",
        "name",
        "导入 " + n,
        "layer",
        LAYERS[k]);
  }

  private String contacts() {
    return "/api/v1/accounts/" + account + "/contacts";
  }

  private String facts() {
    return "/api/v1/accounts/" + account + "/facts";
  }

  private String plan() {
    return "/api/v1/accounts/" + account + "/plan";
  }

  private static long version(String etag) {
    return Long.parseLong(etag.replace("\"", "").replace("W/", ""));
  }

  private Map<String, Number> summary() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<?> cols =
                  em.createNativeQuery(
                          "select contacts, f_decision_maker, f_coach, f_key_person, f_close,"
                              + " close_owner_min, close_owner_max from decision_map_summary where account_id = :a")
                      .setParameter("a", account)
                      .getResultList();
              Object[] r = (Object[]) cols.get(0);
              Map<String, Number> out = new java.util.HashMap<>();
              String[] names = {
                "contacts",
                "f_decision_maker",
                "f_coach",
                "f_key_person",
                "f_close",
                "close_owner_min",
                "close_owner_max"
              };
              for (int i = 0; i < names.length; i++) out.put(names[i], (Number) r[i]);
              return out;
            });
  }

  private int count(String sql, Object... date) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              var q = em.createNativeQuery(sql).setParameter("a", account);
              if (date.length > 0) q.setParameter("d", date[0]);
              return ((Number) q.getSingleResult()).intValue();
            });
  }
}
