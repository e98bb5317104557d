package io.pareto.account;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Paging limits, the sort whitelist and filters; every query is narrowed to this test's own owner.
 */
@QuarkusTest
class AccountListTest {
  @Inject TestUsers users;
  TestUser admin;
  TestUser owner;

  @BeforeEach
  void setUp() {
    admin = users.create(Role.ADMIN);
    owner = users.create(Role.REP);
    for (String[] a : new String[][] {{"Beta 贸易", "3"}, {"Alpha 银行", "5"}, {"Gamma 大学", "1"}}) {
      var body = Fixtures.account(a[0]);
      body.put("ownerId", owner.id());
      body.put("strategicValue", Integer.parseInt(a[1]));
      body.put("kaKind", a[0].startsWith("Alpha") ? "STRATEGIC" : "ECONOMIC");
      Fixtures.createAccount(admin, body);
    }
  }

  @Test
  void sizeAboveTheLimitIsRefusedNotClamped() {
    Api.as(admin)
        .queryParam("size", 501)
        .get("/api/v1/accounts")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("size"));
    Api.as(admin)
        .queryParam("size", 500)
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("size", equalTo(500));
    Api.as(admin)
        .queryParam("page", -1)
        .get("/api/v1/accounts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("page"));
  }

  @Test
  void unknownSortFieldIsA400ListingTheAllowedOnes() {
    Api.as(admin)
        .queryParam("sort", "password")
        .get("/api/v1/accounts")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("sort"))
        .body("errors[0].allowedValues", hasItem("name"))
        .body("errors[0].allowedValues", hasItem("strategicValue"));
  }

  @Test
  void sortsAscendingAndDescendingAndPagesWithTotal() {
    Api.as(admin)
        .queryParam("ownerId", owner.id())
        .queryParam("sort", "name")
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.name", contains("Alpha 银行", "Beta 贸易", "Gamma 大学"));
    Api.as(admin)
        .queryParam("ownerId", owner.id())
        .queryParam("sort", "-strategicValue")
        .get("/api/v1/accounts")
        .then()
        .body("items.strategicValue", contains(5, 3, 1));
    Api.as(admin)
        .queryParam("ownerId", owner.id())
        .queryParam("sort", "name")
        .queryParam("size", 2)
        .queryParam("page", 1)
        .get("/api/v1/accounts")
        .then()
        .body("total", equalTo(3))
        .body("page", equalTo(1))
        .body("items.name", contains("Gamma 大学"));
    // a page past the end has no row to carry the total: it is counted apart, still scoped and
    // filtered
    Api.as(admin)
        .queryParam("ownerId", owner.id())
        .queryParam("size", 2)
        .queryParam("page", 5)
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("items", hasSize(0))
        .body("total", equalTo(3));
    Api.as(owner)
        .queryParam("kaKind", "ECONOMIC")
        .queryParam("size", 1)
        .queryParam("page", 1)
        .get("/api/v1/accounts")
        .then()
        .body("items", hasSize(1))
        .body("total", equalTo(2));
    Api.as(owner)
        .queryParam("kaKind", "ECONOMIC")
        .queryParam("size", 1)
        .queryParam("page", 2)
        .get("/api/v1/accounts")
        .then()
        .body("items", hasSize(0))
        .body("total", equalTo(2));
  }

  @Test
  void accountsWithoutAnIndustryStayWhenSortedByIndustryAndTheFilterCounts() {
    String code = "LIST_" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    Api.as(admin)
        .contentType("application/json")
        .body(Map.of("code", code, "nameEn", "Finance", "nameZh", "金融", "tier", "MAJOR"))
        .post("/api/v1/industries")
        .then()
        .statusCode(201);
    var body = Fixtures.account("Delta 金融");
    body.put("ownerId", owner.id());
    body.put("industryCode", code);
    Fixtures.createAccount(admin, body);
    Api.as(admin)
        .queryParam("ownerId", owner.id())
        .queryParam("sort", "industry")
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("total", equalTo(4))
        .body("items", hasSize(4))
        .body("items.findAll { it.industryCode == '" + code + "' }.name", contains("Delta 金融"));
    Api.as(admin)
        .queryParam("ownerId", owner.id())
        .queryParam("industry", code)
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items.name", contains("Delta 金融"));
  }

  @Test
  void filtersCombine() {
    Api.as(admin)
        .queryParam("ownerId", owner.id())
        .queryParam("q", "银行")
        .get("/api/v1/accounts")
        .then()
        .body("items.name", contains("Alpha 银行"));
    Api.as(admin)
        .queryParam("ownerId", owner.id())
        .queryParam("kaKind", "ECONOMIC")
        .get("/api/v1/accounts")
        .then()
        .body("items.name", containsInAnyOrder("Beta 贸易", "Gamma 大学"));
    Api.as(admin)
        .queryParam("ownerId", owner.id())
        .queryParam("category", "KEY")
        .get("/api/v1/accounts")
        .then()
        .body("items", hasSize(0))
        .body("total", equalTo(0));
    Api.as(admin)
        .queryParam("ownerId", owner.id())
        .queryParam("category", "KEYS")
        .get("/api/v1/accounts")
        .then()
        .statusCode(400);
  }

  @Test
  void aRepSeesOnlyTheirOwnAccounts() {
    TestUser otherRep = users.create(Role.REP);
    Api.as(otherRep)
        .queryParam("ownerId", owner.id())
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    Api.as(owner).get("/api/v1/accounts").then().statusCode(200).body("total", equalTo(3));
    long id = Fixtures.accountId(owner, "Mine");
    Api.as(otherRep).get("/api/v1/accounts/" + id).then().statusCode(404);
    Api.anonymous().get("/api/v1/accounts/" + id).then().statusCode(401);
  }
}
