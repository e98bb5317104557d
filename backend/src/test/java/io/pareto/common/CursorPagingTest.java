package io.pareto.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The lists built on Keyset.page: contacts, opportunities, competitors walked by cursor. */
@QuarkusTest
class CursorPagingTest {
  @Inject TestUsers users;

  /** Walks a list by cursor in pages of {@code size}, running {@code between} after page one. */
  private static List<String> walk(Function<String, JsonPath> page, Runnable between) {
    List<String> seen = new ArrayList<>();
    JsonPath p = page.apply(null);
    seen.addAll(p.getList("items.name", String.class));
    between.run();
    String cursor = p.getString("nextCursor");
    while (cursor != null) {
      p = page.apply(cursor);
      seen.addAll(p.getList("items.name", String.class));
      cursor = p.getString("nextCursor");
    }
    return seen;
  }

  @Test
  void contactsOfAnAccountWalkOnceWhileOthersComeAndGo() {
    TestUser admin = users.create(Role.ADMIN);
    long account = Fixtures.accountId(admin, "游标 客户");
    long[] ids = new long[5];
    String[] names = {"c1", "c2", "c3", "c4", "c5"};
    for (int i = 0; i < 5; i++) ids[i] = Fixtures.contactId(admin, account, names[i], "DECISION");
    List<String> seen =
        walk(
            after -> {
              var req = Api.as(admin).queryParam("sort", "name").queryParam("size", 2);
              if (after != null) req.queryParam("after", after);
              return req.get("/api/v1/accounts/" + account + "/contacts")
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath();
            },
            () -> {
              Fixtures.contactId(admin, account, "c0", "DECISION"); // before the cursor: not seen
              Fixtures.contactId(admin, account, "c35", "DECISION"); // after it: seen
              Api.as(admin)
                  .header("If-Match", "\"0\"")
                  .delete("/api/v1/contacts/" + ids[3])
                  .then()
                  .statusCode(204);
            });
    assertEquals(List.of("c1", "c2", "c3", "c35", "c5"), seen);
  }

  @Test
  void opportunitiesByAmountDescendingTiesById() {
    TestUser admin = users.create(Role.ADMIN);
    long account = Fixtures.accountId(admin, "游标 商机客户");
    Fixtures.opportunityId(admin, account, "o100", "100.00");
    Fixtures.opportunityId(admin, account, "o300", "300.00");
    Fixtures.opportunityId(admin, account, "o200", "200.00");
    Fixtures.opportunityId(admin, account, "o300b", "300.00");
    List<String> seen =
        walk(
            after -> {
              var req =
                  Api.as(admin)
                      .queryParam("accountId", account)
                      .queryParam("sort", "-amount")
                      .queryParam("size", 3);
              if (after != null) req.queryParam("after", after);
              return req.get("/api/v1/opportunities").then().statusCode(200).extract().jsonPath();
            },
            () -> {});
    // ties on the amount go by id: o300 was created before o300b
    assertEquals(List.of("o300", "o300b", "o200", "o100"), seen);
  }

  @Test
  void competitorsByName() {
    TestUser manager = users.create(Role.MANAGER);
    String p = "游标竞争 " + System.nanoTime() + " ";
    for (String n : List.of("b", "a", "c")) {
      Api.as(manager)
          .body(Map.of("name", p + n, "tier", "STRONGER"))
          .post("/api/v1/competitors")
          .then()
          .statusCode(201);
    }
    List<String> seen =
        walk(
            after -> {
              var req =
                  Api.as(manager)
                      .queryParam("q", p.trim())
                      .queryParam("sort", "name")
                      .queryParam("size", 1);
              if (after != null) req.queryParam("after", after);
              return req.get("/api/v1/competitors").then().statusCode(200).extract().jsonPath();
            },
            () -> {});
    assertEquals(List.of(p + "a", p + "b", p + "c"), seen);
  }
}
