package io.pareto.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Personal API tokens: shown once, stored hashed, scoped, revocable at once. */
@QuarkusTest
class TokenTest {
  @Inject TestUsers users;
  @Inject jakarta.persistence.EntityManager em;

  private static RequestSpecification bearer(String secret) {
    return given()
        .header("Authorization", "Bearer " + secret)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON);
  }

  private static io.restassured.path.json.JsonPath create(TestUser as, String scope) {
    return Api.as(as)
        .body(Map.of("name", "BI " + scope, "scope", scope))
        .post("/api/v1/tokens")
        .then()
        .statusCode(201)
        .body("secret", startsWith("pat_"))
        .body("token.scope", equalTo(scope))
        .extract()
        .jsonPath();
  }

  @Test
  void aReadOnlyTokenReadsButNeverWritesEvenForAnAdmin() {
    TestUser admin = users.create(Role.ADMIN);
    String secret = create(admin, "READ_ONLY").getString("secret");
    long id = Fixtures.accountId(admin, "Token 客户");
    bearer(secret).get("/api/v1/accounts/" + id).then().statusCode(200);
    bearer(secret)
        .body(Fixtures.account("nope"))
        .post("/api/v1/accounts")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    bearer(secret)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/accounts/" + id)
        .then()
        .statusCode(403);
  }

  @Test
  void aReadWriteTokenWritesWithinItsUsersRoleButCannotMintTokens() {
    TestUser rep = users.create(Role.REP);
    String secret = create(rep, "READ_WRITE").getString("secret");
    bearer(secret)
        .body(Fixtures.account("RW 客户"))
        .post("/api/v1/accounts")
        .then()
        .statusCode(201)
        .body("ownerId", equalTo((int) rep.id()));
    bearer(secret)
        .body(Map.of("name", "child", "scope", "READ_WRITE"))
        .post("/api/v1/tokens")
        .then()
        .statusCode(403);
    bearer(secret).get("/api/v1/users").then().statusCode(200);
    bearer(secret)
        .body(Map.of("email", "x@pareto.test", "name", "x", "role", "ADMIN"))
        .post("/api/v1/users")
        .then()
        .statusCode(403);
  }

  @Test
  void anExpiredTokenOrADeactivatedUsersTokenIsRefused() {
    TestUser rep = users.create(Role.REP);
    var expiring = create(rep, "READ_ONLY");
    String kept = create(rep, "READ_ONLY").getString("secret");
    bearer(expiring.getString("secret"))
        .get("/api/v1/session")
        .then()
        .statusCode(200)
        .body("email", equalTo(rep.email()));
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery("update api_token set expires_at = :past where id = :id")
                    .setParameter("past", java.time.OffsetDateTime.now().minusMinutes(1))
                    .setParameter("id", expiring.getLong("token.id"))
                    .executeUpdate());
    bearer(expiring.getString("secret")).get("/api/v1/session").then().statusCode(401);
    bearer(kept).get("/api/v1/session").then().statusCode(200);
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery("update app_user set active = false where id = :id")
                    .setParameter("id", rep.id())
                    .executeUpdate());
    bearer(kept).get("/api/v1/session").then().statusCode(401);
  }

  @Test
  void revocationIsImmediateAndSecretsAreNeverListed() {
    TestUser rep = users.create(Role.REP);
    var created = create(rep, "READ_ONLY");
    String secret = created.getString("secret");
    long id = created.getLong("token.id");
    bearer(secret)
        .get("/api/v1/session")
        .then()
        .statusCode(200)
        .body("email", equalTo(rep.email()));
    String listed =
        Api.as(rep)
            .get("/api/v1/tokens")
            .then()
            .statusCode(200)
            .body("id", hasItem((int) id))
            .extract()
            .asString();
    assertFalse(listed.contains(secret.substring(9)), "the secret must not be listed");

    TestUser other = users.create(Role.REP);
    Api.as(other).delete("/api/v1/tokens/" + id).then().statusCode(404);
    Api.as(rep).delete("/api/v1/tokens/" + id).then().statusCode(204);
    bearer(secret).get("/api/v1/session").then().statusCode(401);
    Api.as(rep).get("/api/v1/tokens").then().body("id", not(hasItem((int) id)));
  }

  @Test
  void anAdminCreatesTokensForAServiceUserAndTheAuditShowsIt() {
    TestUser admin = users.create(Role.ADMIN);
    TestUser bi = users.create(Role.READONLY);
    var created =
        Api.as(admin)
            .body(Map.of("name", "Power BI", "scope", "READ_ONLY"))
            .post("/api/v1/users/" + bi.id() + "/tokens")
            .then()
            .statusCode(201)
            .body("token.userId", equalTo((int) bi.id()))
            .extract()
            .jsonPath();
    String secret = created.getString("secret");
    bearer(secret).get("/api/v1/accounts").then().statusCode(200);
    Api.as(admin)
        .get("/api/v1/users/" + bi.id() + "/tokens")
        .then()
        .statusCode(200)
        .body("name", hasItem("Power BI"));
    Api.as(users.create(Role.MANAGER))
        .get("/api/v1/users/" + bi.id() + "/tokens")
        .then()
        .statusCode(403);
    Api.as(admin)
        .queryParam("entityType", "API_TOKEN")
        .queryParam("entityId", created.getString("token.id"))
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("CREATE"))
        .body("items[0].actor", equalTo(admin.email()))
        .body("items[0].changes.name[1]", equalTo("Power BI"));
    bearer("pat_not-a-real-token").get("/api/v1/accounts").then().statusCode(401);
  }
}
