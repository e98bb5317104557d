package io.pareto.account;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountCrudTest {
  @Inject TestUsers users;
  TestUser admin;

  @BeforeEach
  void setUp() {
    admin = users.create(Role.ADMIN);
  }

  @Test
  void chineseNamesRoundTripAndNewAccountsStartAsTarget() {
    var body = Fixtures.account("中国工商银行江苏省分行");
    body.put("kaKind", "ECONOMIC");
    long id = Fixtures.createAccount(admin, body).getLong("id");
    Api.as(admin)
        .get("/api/v1/accounts/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("name", equalTo("中国工商银行江苏省分行"))
        .body("category", equalTo("TARGET"))
        .body("kaKind", equalTo("ECONOMIC"))
        .body("ownerId", equalTo((int) admin.id()))
        .body("estimatedAnnualPotential", equalTo(1000000.0f));
  }

  @Test
  void putNeedsIfMatchAndRefusesStaleVersions() {
    long id = Fixtures.accountId(admin, "ETag 客户");
    String path = "/api/v1/accounts/" + id;
    var change = Fixtures.account("ETag 客户 renamed");

    Api.as(admin)
        .body(change)
        .put(path)
        .then()
        .statusCode(428)
        .contentType("application/problem+json")
        .body("status", equalTo(428));
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .body(change)
        .put(path)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo("ETag 客户 renamed"));
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .body(Fixtures.account("lost update"))
        .put(path)
        .then()
        .statusCode(412)
        .contentType("application/problem+json")
        .body("type", startsWith("urn:pareto:problem:stale-version"));
    Api.as(admin).get(path).then().body("name", equalTo("ETag 客户 renamed"));
  }

  @Test
  void mergePatchChangesOnlyTheNamedFieldsAndNullRemoves() {
    long id = Fixtures.accountId(admin, "Patch Ltd");
    String path = "/api/v1/accounts/" + id;
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("region", "华南", "strategicValue", 5))
        .patch(path)
        .then()
        .statusCode(200)
        .body("region", equalTo("华南"))
        .body("strategicValue", equalTo(5))
        .body("name", equalTo("Patch Ltd"));
    Api.as(admin)
        .header("If-Match", "\"1\"")
        .contentType("application/merge-patch+json")
        .body("{\"estimatedAnnualPotential\": null}")
        .patch(path)
        .then()
        .statusCode(200)
        .body("estimatedAnnualPotential", org.hamcrest.Matchers.nullValue())
        .body("region", equalTo("华南"));
    Api.as(admin)
        .header("If-Match", "\"2\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("strategicValue", 9))
        .patch(path)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("strategicValue"));
    Api.as(admin)
        .header("If-Match", "\"2\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("category", "KEY"))
        .patch(path)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("category"));
  }

  @Test
  void deleteIsRefusedWhileOpportunitiesExistAndTakesContactsAlong() {
    long id = Fixtures.accountId(admin, "Delete Me 有限公司");
    long contact = Fixtures.contactId(admin, id, "张三", "DECISION");
    long deal = Fixtures.opportunityId(admin, id, "Deal", "1000.00");
    String path = "/api/v1/accounts/" + id;

    Api.as(admin)
        .header("If-Match", "\"0\"")
        .delete(path)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", notNullValue());
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/opportunities/" + deal)
        .then()
        .statusCode(204);
    Api.as(admin).header("If-Match", "\"0\"").delete(path).then().statusCode(204);
    Api.as(admin)
        .get(path)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("title", equalTo("Not found"));
    Api.as(admin).get("/api/v1/contacts/" + contact).then().statusCode(404);
  }

  @Test
  void duplicateExternalIdIsAConflictNamingTheField() {
    var body = Fixtures.account("Ext 1");
    String ext = "EXT-" + System.nanoTime();
    body.put("externalId", ext);
    Fixtures.createAccount(admin, body);
    var second = Fixtures.account("Ext 2");
    second.put("externalId", ext);
    Api.as(admin)
        .body(second)
        .post("/api/v1/accounts")
        .then()
        .statusCode(409)
        .body("errors.field", hasItem("externalId"));
  }

  @Test
  void unknownIndustryAndOwnerAreBadRequests() {
    var body = Fixtures.account("Bad refs");
    body.put("industryCode", "NOPE");
    body.put("ownerId", 987654321);
    Api.as(admin)
        .body(body)
        .post("/api/v1/accounts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("industryCode"));
  }
}
