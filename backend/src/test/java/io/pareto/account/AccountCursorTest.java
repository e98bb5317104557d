package io.pareto.account;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Walking the account list by cursor: every row once, whatever changes between pages. */
@QuarkusTest
class AccountCursorTest {
  @Inject TestUsers users;
  TestUser admin;
  TestUser owner;
  Map<String, Long> ids = new HashMap<>();

  @BeforeEach
  void setUp() {
    admin = users.create(Role.ADMIN);
    owner = users.create(Role.REP);
    // strategic values 5, null, 3, 3, null, 1, 4 for B..H
    Object[][] rows = {{"B", 5}, {"C", null}, {"D", 3}, {"E", 3}, {"F", null}, {"G", 1}, {"H", 4}};
    for (Object[] r : rows) ids.put((String) r[0], create((String) r[0], (Integer) r[1]));
  }

  private long create(String name, Integer strategicValue) {
    var body = Fixtures.account(name);
    body.put("ownerId", owner.id());
    body.put("strategicValue", strategicValue);
    return Fixtures.createAccount(admin, body).getLong("id");
  }

  private JsonPath page(String sort, int size, String after) {
    var req =
        Api.as(admin)
            .queryParam("ownerId", owner.id())
            .queryParam("sort", sort)
            .queryParam("size", size);
    if (after != null) req.queryParam("after", after);
    return req.get("/api/v1/accounts").then().statusCode(200).extract().jsonPath();
  }

  private List<String> names(JsonPath p) {
    return p.getList("items.name", String.class);
  }

  @Test
  void walksEveryRowOnceWhileRowsComeAndGo() {
    List<String> seen = new ArrayList<>();
    JsonPath p = page("name", 3, null);
    seen.addAll(names(p));
    assertEquals(List.of("B", "C", "D"), seen);
    assertEquals(7, p.getLong("total"));
    // between pages: one row before the cursor (never seen), one after it (seen), one unseen goes
    create("A", 2);
    create("Ez", 2);
    long f = ids.get("F");
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/accounts/" + f)
        .then()
        .statusCode(204);
    String cursor = p.getString("nextCursor");
    while (cursor != null) {
      p = page("name", 3, cursor);
      seen.addAll(names(p));
      cursor = p.getString("nextCursor");
    }
    assertEquals(List.of("B", "C", "D", "E", "Ez", "G", "H"), seen);
  }

  @Test
  void descendingWithNullsLastWalksInTheSameOrderAsOnePage() {
    // -strategicValue: nulls are the largest value, so first descending; ties by id (C before F)
    List<String> expected = List.of("C", "F", "B", "H", "D", "E", "G");
    assertEquals(expected, names(page("-strategicValue", 7, null)));
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonPath p = page("-strategicValue", 2, cursor);
      seen.addAll(names(p));
      cursor = p.getString("nextCursor");
      pages++;
    } while (cursor != null);
    assertEquals(expected, seen);
    assertEquals(4, pages);
    // ascending: nulls last
    assertEquals(
        List.of("G", "D", "E", "H", "B", "C", "F"), names(page("strategicValue", 7, null)));
  }

  @Test
  void theLastPageHasNoNextCursorAndOffsetPagesOfferOne() {
    JsonPath p = page("name", 7, null);
    assertNull(p.getString("nextCursor"));
    JsonPath first = page("name", 4, null);
    assertEquals(List.of("F", "G", "H"), names(page("name", 4, first.getString("nextCursor"))));
  }

  @Test
  void aTamperedCursorIsA400NamingAfter() {
    String good = page("name", 2, null).getString("nextCursor");
    String json = new String(Base64.getUrlDecoder().decode(good), StandardCharsets.UTF_8);
    String bad =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                json.replaceAll("\"\\d+\"]", "\"x\"]").getBytes(StandardCharsets.UTF_8));
    for (String after : List.of(bad, "not-a-cursor", good.substring(3))) {
      Api.as(admin)
          .queryParam("after", after)
          .queryParam("sort", "name")
          .get("/api/v1/accounts")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("after"))
          .body("errors[0].code", equalTo("INVALID_CURSOR"));
    }
    // made for another sort
    Api.as(admin)
        .queryParam("after", good)
        .queryParam("sort", "-updatedAt")
        .get("/api/v1/accounts")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("after"));
  }

  @Test
  void aRepWalksOnlyWhatTheyMaySee() {
    TestUser other = users.create(Role.REP);
    JsonPath p =
        Api.as(other)
            .queryParam("ownerId", owner.id())
            .queryParam("size", 2)
            .get("/api/v1/accounts")
            .then()
            .statusCode(200)
            .body("total", equalTo(0))
            .body("nextCursor", nullValue())
            .extract()
            .jsonPath();
    assertTrue(p.getList("items").isEmpty());
  }
}
