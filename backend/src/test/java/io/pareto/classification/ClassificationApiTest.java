package io.pareto.classification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs, policies, overrides and lost reasons over HTTP; each test uses its own era of facts. */
@QuarkusTest
class ClassificationApiTest {
  @Inject TestUsers users;
  @Inject ClassificationFixtures facts;
  @Inject ClassificationLock lock;
  @Inject jakarta.persistence.EntityManager em;

  @Test
  void dryRunReportsTheChangeButStoresNothing() {
    TestUser admin = users.create(Role.ADMIN);
    long id = ClassificationFixtures.account(admin, "Dry run 客户", 100, 1);
    facts.fact(id, LocalDate.of(1993, 2, 1), "100.00", "10.00", "1.00");
    long runsBefore =
        Api.as(admin)
            .get("/api/v1/classification/runs")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("total");
    Api.as(admin)
        .body(ClassificationFixtures.run("1993-05-01", true))
        .post("/api/v1/classification/runs")
        .then()
        .statusCode(200)
        .body("dryRun", equalTo(true))
        .body("id", nullValue())
        .body("activeCount", equalTo(1))
        .body("transitions", hasItem(Map.of("from", "TARGET", "to", "NORMAL", "count", 1)))
        .body("changes.items.accountId", hasItem((int) id));
    Api.as(admin)
        .get("/api/v1/accounts/" + id)
        .then()
        .body("category", equalTo("TARGET"))
        .header("ETag", "\"0\"");
    Api.as(admin)
        .get("/api/v1/classification/runs")
        .then()
        .body("total", equalTo((int) runsBefore));
    Api.as(admin)
        .get("/api/v1/accounts/" + id + "/classification")
        .then()
        .statusCode(200)
        .body("why.code", equalTo(java.util.List.of("NOT_CLASSIFIED_YET")))
        .body("whatWouldChange[0].code", equalTo("RUN_PENDING"));
  }

  @Test
  void aDryRunSummaryIsTheSummaryOfTheStoredRunThatFollows() {
    TestUser admin = users.create(Role.ADMIN);
    // five active in W = 1986-07..1987-06 (n = 5, cap 1), one of them overridden; one LOST; one
    // TARGET
    long[] active = new long[5];
    for (int i = 0; i < active.length; i++) {
      active[i] = ClassificationFixtures.account(admin, "Preview " + i, 100 * (i + 1), i);
      facts.fact(
          active[i],
          LocalDate.of(1987, 1, 1),
          (1000 * (i + 1)) + ".00",
          (100 * (i + 1)) + ".00",
          "5.00");
      facts.fact(active[i], LocalDate.of(1986, 1, 1), (700 * (5 - i)) + ".00", "10.00", "5.00");
    }
    long lost = ClassificationFixtures.account(admin, "Preview lost", 100, 1);
    facts.fact(lost, LocalDate.of(1986, 2, 1), "50.00", "5.00", "1.00");
    ClassificationFixtures.account(admin, "Preview prospect", 100, 1);
    Api.as(admin)
        .body(Map.of("category", "KEY", "reason", "preview"))
        .put("/api/v1/accounts/" + active[0] + "/classification/override")
        .then()
        .statusCode(200);

    Map<String, Object> preview =
        Api.as(admin)
            .body(ClassificationFixtures.run("1987-06-30", true))
            .post("/api/v1/classification/runs")
            .then()
            .statusCode(200)
            .body("activeCount", equalTo(5))
            .body("keyCap", equalTo(1))
            .body("changes.items.accountId", hasItems((int) active[1], (int) lost))
            .extract()
            .jsonPath()
            .getMap("");
    Map<String, Object> stored =
        Api.as(admin)
            .body(ClassificationFixtures.run("1987-06-30", false))
            .post("/api/v1/classification/runs")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getMap("");
    for (String differs : new String[] {"id", "dryRun", "durationMs"}) {
      preview.remove(differs);
      stored.remove(differs);
    }
    org.junit.jupiter.api.Assertions.assertEquals(stored, preview);
  }

  @Test
  void aRealRunStoresChangesAndASecondConcurrentRunGets409() {
    TestUser admin = users.create(Role.ADMIN);
    long id = ClassificationFixtures.account(admin, "Real run 客户", 100, 1);
    facts.fact(id, LocalDate.of(1994, 2, 1), "100.00", "10.00", "1.00");
    long run =
        Api.as(admin)
            .body(ClassificationFixtures.run("1994-05-01", false))
            .post("/api/v1/classification/runs")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Api.as(admin).get("/api/v1/accounts/" + id).then().body("category", equalTo("NORMAL"));
    Api.as(admin)
        .get("/api/v1/classification/runs/" + run + "/changes?page=0&size=500")
        .then()
        .statusCode(200)
        .body("items.accountId", hasItem((int) id));
    Api.as(admin)
        .get("/api/v1/classification/runs/" + run)
        .then()
        .statusCode(200)
        .body("transitions", hasItem(Map.of("from", "TARGET", "to", "NORMAL", "count", 1)));

    lock.acquire("another instance");
    try {
      Api.as(admin)
          .body(ClassificationFixtures.run("1994-05-01", false))
          .post("/api/v1/classification/runs")
          .then()
          .statusCode(409)
          .contentType("application/problem+json");
    } finally {
      lock.release();
    }
    TestUser manager = users.create(Role.MANAGER);
    Api.as(manager)
        .body(ClassificationFixtures.run("1994-05-01", false))
        .post("/api/v1/classification/runs")
        .then()
        .statusCode(403);

    // results carry no foreign key (V87): deleting the account deletes its result rows
    String etag = Api.as(admin).get("/api/v1/accounts/" + id).then().extract().header("ETag");
    Api.as(admin).header("If-Match", etag).delete("/api/v1/accounts/" + id).then().statusCode(204);
    org.junit.jupiter.api.Assertions.assertEquals(
        0L,
        ((Number)
                em.createNativeQuery(
                        "select count(*) from classification_result where account_id = :a")
                    .setParameter("a", id)
                    .getSingleResult())
            .longValue());
  }

  @Test
  void invalidPoliciesNameEachBadFieldAndNewVersionsArePreviewedThenActivated() {
    TestUser admin = users.create(Role.ADMIN);
    Map<String, Object> bad = policy("-0.10", "0.30", "0.10", "0.15", "0.10");
    bad.put("keyThreshold", "1.5");
    Api.as(admin)
        .body(bad)
        .post("/api/v1/classification/policies")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("weights.revenue12", "keyThreshold"));
    Api.as(admin)
        .body(policy("0.40", "0.30", "0.10", "0.15", "0.10"))
        .post("/api/v1/classification/policies")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("weights"));
    Api.as(users.create(Role.MANAGER))
        .body(policy("0.35", "0.30", "0.10", "0.15", "0.10"))
        .post("/api/v1/classification/policies")
        .then()
        .statusCode(403);

    int v =
        Api.as(admin)
            .body(policy("0.50", "0.50", "0", "0", "0"))
            .post("/api/v1/classification/policies")
            .then()
            .statusCode(201)
            .body("status", equalTo("DRAFT"))
            .extract()
            .jsonPath()
            .getInt("version");
    Map<String, Object> preview = ClassificationFixtures.run("1995-05-01", true);
    preview.put("policyVersion", v);
    Api.as(admin)
        .body(preview)
        .post("/api/v1/classification/runs")
        .then()
        .statusCode(200)
        .body("policyVersion", equalTo(v));
    try {
      Api.as(admin)
          .post("/api/v1/classification/policies/" + v + "/activate")
          .then()
          .statusCode(200)
          .body("status", equalTo("ACTIVE"));
      Api.as(admin)
          .get("/api/v1/classification/policies/1")
          .then()
          .body("status", equalTo("RETIRED"));
    } finally {
      Api.as(admin).post("/api/v1/classification/policies/1/activate").then().statusCode(200);
    }
  }

  @Test
  void overridesAreSetByManagersAuditedListedAndCleared() {
    TestUser admin = users.create(Role.ADMIN);
    TestUser rep = users.create(Role.REP);
    long id = ClassificationFixtures.account(admin, "Override 客户", 100, 1);
    Map<String, Object> body = new HashMap<>(Map.of("category", "KEY", "reason", "行业标杆客户"));
    Api.as(rep)
        .body(body)
        .put("/api/v1/accounts/" + id + "/classification/override")
        .then()
        .statusCode(403);
    Api.as(admin)
        .body(body)
        .put("/api/v1/accounts/" + id + "/classification/override")
        .then()
        .statusCode(200)
        .body("category", equalTo("KEY"))
        .body("expired", equalTo(false));
    Api.as(admin).get("/api/v1/accounts/" + id).then().body("category", equalTo("KEY"));
    Api.as(admin)
        .get("/api/v1/accounts/" + id + "/classification")
        .then()
        .statusCode(200)
        .body("source", equalTo("OVERRIDE"))
        .body("override.reason", equalTo("行业标杆客户"));
    Api.as(admin)
        .get("/api/v1/classification/overrides?size=500")
        .then()
        .statusCode(200)
        .body("items.accountId", hasItem((int) id));
    Api.as(admin)
        .get("/api/v1/audit?entityType=CLASSIFICATION_OVERRIDE&entityId=" + id)
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
    Api.as(admin)
        .delete("/api/v1/accounts/" + id + "/classification/override")
        .then()
        .statusCode(204);
    Api.as(admin)
        .delete("/api/v1/accounts/" + id + "/classification/override")
        .then()
        .statusCode(404);
    Api.as(admin)
        .get("/api/v1/audit?entityType=CLASSIFICATION_OVERRIDE&entityId=" + id)
        .then()
        .body("total", equalTo(2));
  }

  @Test
  void lostReasonsOnlyOnLostAccountsAndCountedByReason() {
    TestUser admin = users.create(Role.ADMIN);
    long lost = ClassificationFixtures.account(admin, "Lost 客户", 100, 1);
    long prospect = ClassificationFixtures.account(admin, "Prospect 客户", 100, 1);
    facts.fact(lost, LocalDate.of(1996, 1, 1), "100.00", "10.00", "1.00");
    Api.as(admin)
        .body(ClassificationFixtures.run("1998-03-01", false))
        .post("/api/v1/classification/runs")
        .then()
        .statusCode(201);
    Map<String, Object> loss =
        Map.of("reason", "COMPETITOR", "competitor", "Acme", "winBackStatus", "IN_PROGRESS");
    Api.as(admin).body(loss).put("/api/v1/accounts/" + prospect + "/loss").then().statusCode(409);
    Api.as(admin)
        .body(loss)
        .put("/api/v1/accounts/" + lost + "/loss")
        .then()
        .statusCode(200)
        .body("reason", equalTo("COMPETITOR"));
    Api.as(admin)
        .get("/api/v1/accounts/" + lost + "/loss")
        .then()
        .statusCode(200)
        .body("competitor", equalTo("Acme"));
    Api.as(admin)
        .get("/api/v1/classification/lost-reasons")
        .then()
        .statusCode(200)
        .body("byReason.reason", hasItem("COMPETITOR"));
    Api.as(users.create(Role.REP))
        .get("/api/v1/classification/lost-reasons")
        .then()
        .statusCode(200)
        .body("lostCount", equalTo(0));
  }

  static Map<String, Object> policy(String r, String g, String gr, String p, String s) {
    Map<String, Object> m = new HashMap<>();
    m.put(
        "weights",
        Map.of(
            "revenue12", r, "grossProfit12", g, "growth", gr, "potential", p, "strategicValue", s));
    m.put("keyThreshold", "0.70");
    m.put("keyCapShare", "0.20");
    m.put("windowMonths", 12);
    return m;
  }
}
