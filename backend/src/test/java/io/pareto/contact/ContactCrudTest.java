package io.pareto.contact;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactCrudTest {
  @Inject TestUsers users;

  @Test
  void contactsAreCreatedAndListedUnderTheirAccountOrderedByLayer() {
    TestUser rep = users.create(Role.REP);
    long account = Fixtures.accountId(rep, "南京大学");
    Fixtures.contactId(rep, account, "李老师", "USER");
    long head = Fixtures.contactId(rep, account, "王处长", "DECISION");
    Fixtures.contactId(rep, account, "张校长", "EXECUTIVE");

    Api.as(rep)
        .get("/api/v1/accounts/" + account + "/contacts")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.name", contains("张校长", "王处长", "李老师"));
    Api.as(rep)
        .queryParam("layer", "DECISION")
        .get("/api/v1/accounts/" + account + "/contacts")
        .then()
        .body("items.name", contains("王处长"));
    Api.as(rep)
        .queryParam("accountId", account)
        .queryParam("sort", "-name")
        .get("/api/v1/contacts")
        .then()
        .body("total", equalTo(3));

    String path = "/api/v1/contacts/" + head;
    Api.as(rep)
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("title", "信息中心主任", "lastContactedOn", "2026-11-02"))
        .patch(path)
        .then()
        .statusCode(200)
        .body("title", equalTo("信息中心主任"))
        .body("lastContactedOn", equalTo("2026-11-02"))
        .body("layer", equalTo("DECISION"));
    Api.as(rep).header("If-Match", "\"1\"").delete(path).then().statusCode(204);
    Api.as(rep).get(path).then().statusCode(404);
  }

  @Test
  void contactsOfAnotherRepsAccountAreInvisible() {
    TestUser rep = users.create(Role.REP);
    TestUser other = users.create(Role.REP);
    long account = Fixtures.accountId(rep, "Hidden");
    long contact = Fixtures.contactId(rep, account, "Secret", "DECISION");
    Api.as(other).get("/api/v1/contacts/" + contact).then().statusCode(404);
    Api.as(other).get("/api/v1/accounts/" + account + "/contacts").then().statusCode(404);
    Api.as(other)
        .body(Map.of("name", "x", "layer", "USER"))
        .post("/api/v1/accounts/" + account + "/contacts")
        .then()
        .statusCode(404);
    Api.as(other).queryParam("accountId", account).get("/api/v1/contacts").then().statusCode(404);
  }

  @Test
  void layerIsRequired() {
    TestUser rep = users.create(Role.REP);
    long account = Fixtures.accountId(rep, "Layer");
    Api.as(rep)
        .body(Map.of("name", "No layer"))
        .post("/api/v1/accounts/" + account + "/contacts")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("layer"));
  }
}
