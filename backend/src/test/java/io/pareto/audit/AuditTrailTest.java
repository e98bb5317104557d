package io.pareto.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Events of children deleted with their account, role changes, and the list's filters. */
@QuarkusTest
class AuditTrailTest {
  @Inject TestUsers users;

  @Test
  void contactsAndFactsDeletedWithTheirAccountGetEvents() {
    TestUser admin = users.create(Role.ADMIN);
    long account = Fixtures.accountId(admin, "Cascade 客户");
    Fixtures.contactId(admin, account, "王总", "DECISION");
    Fixtures.contactId(admin, account, "李工", "USER");
    Api.as(admin)
        .body(
            Map.of(
                "month",
                "2026-01",
                "revenue",
                "100.00",
                "grossProfit",
                "10.00",
                "costToServe",
                "5.00",
                "orderCount",
                1))
        .post("/api/v1/accounts/" + account + "/facts")
        .then()
        .statusCode(201);
    String etag = Fixtures.etag(admin, "/api/v1/accounts/" + account);
    Api.as(admin)
        .header("If-Match", etag)
        .delete("/api/v1/accounts/" + account)
        .then()
        .statusCode(204);
    Api.as(admin)
        .queryParam("accountId", account)
        .queryParam("action", "DELETE")
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("total", equalTo(4))
        .body("items.entityType", containsInAnyOrder("ACCOUNT", "CONTACT", "CONTACT", "FACT"))
        .body("items.actor", everyItem(equalTo(admin.email())));
    Api.as(admin)
        .queryParam("accountId", account)
        .queryParam("entityType", "CONTACT")
        .get("/api/v1/audit")
        .then()
        .body(
            "items.findAll { it.action == 'DELETE' }.collect { it.changes.name[0] }",
            containsInAnyOrder("王总", "李工"))
        .body(
            "items.findAll { it.action == 'DELETE' }.collect { it.changes.name[1] }",
            contains(null, null));
  }

  @Test
  void aRoleChangeIsItsOwnEvent() {
    TestUser admin = users.create(Role.ADMIN);
    TestUser rep = users.create(Role.REP);
    String etag = Api.as(admin).get("/api/v1/users/" + rep.id()).then().extract().header("ETag");
    Map<String, Object> body =
        new HashMap<>(Map.of("email", rep.email(), "name", "改名", "role", "MANAGER"));
    Api.as(admin)
        .header("If-Match", etag)
        .body(body)
        .put("/api/v1/users/" + rep.id())
        .then()
        .statusCode(200);
    Api.as(admin)
        .queryParam("entityType", "USER")
        .queryParam("entityId", String.valueOf(rep.id()))
        .get("/api/v1/audit")
        .then()
        .body("items.action", containsInAnyOrder("UPDATE", "ROLE_CHANGE"))
        .body("items.find { it.action == 'ROLE_CHANGE' }.changes.role", contains("REP", "MANAGER"))
        .body("items.find { it.action == 'UPDATE' }.changes.name[1]", equalTo("改名"));
  }

  @Test
  void theListFiltersByActionActorAndDateRange() {
    TestUser admin = users.create(Role.ADMIN);
    TestUser other = users.create(Role.ADMIN);
    Instant before = Instant.now().minusSeconds(2);
    long mine = Fixtures.accountId(admin, "Filter 甲");
    Fixtures.accountId(other, "Filter 乙");
    Api.as(admin)
        .queryParam("actor", admin.email().toUpperCase())
        .queryParam("from", before.toString())
        .queryParam("action", "CREATE")
        .queryParam("entityType", "ACCOUNT")
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].entityId", equalTo(String.valueOf(mine)));
    Api.as(admin)
        .queryParam("actor", admin.email())
        .queryParam("to", before.toString())
        .get("/api/v1/audit")
        .then()
        .body("total", equalTo(0));
    Api.as(admin)
        .queryParam("actor", admin.email())
        .queryParam("from", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString())
        .queryParam("to", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString())
        .get("/api/v1/audit")
        .then()
        .body("total", equalTo(1));
    Api.as(admin)
        .queryParam("from", "yesterday")
        .get("/api/v1/audit")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("from"));
    Api.as(admin)
        .queryParam("from", "2026-02-01")
        .queryParam("to", "2026-01-01")
        .get("/api/v1/audit")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("to"));
  }

  @Test
  void anExportIsAnEventWithItsDatasetFiltersAndRowCount() {
    TestUser admin = users.create(Role.ADMIN);
    String name = "Export " + java.util.UUID.randomUUID();
    long account = Fixtures.accountId(admin, name);
    Fixtures.contactId(admin, account, "王总", "DECISION");
    Fixtures.contactId(admin, account, "李工", "USER");
    String csv =
        Api.as(admin)
            .accept("text/csv")
            .queryParam("q", name)
            .get("/api/v1/exports/contacts")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    org.junit.jupiter.api.Assertions.assertEquals(
        3, csv.split("\r\n").length, csv); // header + 2 contacts
    Api.as(admin)
        .queryParam("action", "EXPORT")
        .queryParam("actor", admin.email())
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].entityType", equalTo("EXPORT"))
        .body("items[0].entityId", equalTo("contacts"))
        .body("items[0].changes.rows[1]", equalTo(2))
        .body("items[0].changes.format[1]", equalTo("CSV"))
        .body("items[0].changes.filters[1].q", equalTo(name))
        .body("items[0].changes.complete[1]", equalTo(true));
  }

  @Test
  void theTrailIsExportableWithTheListsFilters() {
    TestUser admin = users.create(Role.ADMIN);
    long first = Fixtures.accountId(admin, "Audit export 甲");
    long second = Fixtures.accountId(admin, "Audit export 乙");
    String csv =
        Api.as(admin)
            .accept("text/csv")
            .queryParam("actor", admin.email())
            .queryParam("action", "CREATE")
            .get("/api/v1/exports/audit")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String[] lines = csv.split("\r\n");
    org.junit.jupiter.api.Assertions.assertEquals(
        "id,occurredAt,actor,entityType,entityId,accountId,action,changes,requestId", lines[0]);
    org.junit.jupiter.api.Assertions.assertEquals(3, lines.length, csv);
    // newest first
    org.junit.jupiter.api.Assertions.assertTrue(
        lines[1].contains(",ACCOUNT," + second + "," + second + ",CREATE,"), lines[1]);
    org.junit.jupiter.api.Assertions.assertTrue(
        lines[2].contains(",ACCOUNT," + first + "," + first + ",CREATE,"), lines[2]);
    Api.as(users.create(Role.READONLY))
        .accept("text/csv")
        .get("/api/v1/exports/audit")
        .then()
        .statusCode(403);
  }
}
