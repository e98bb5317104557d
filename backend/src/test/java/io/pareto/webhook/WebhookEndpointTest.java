package io.pareto.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registering endpoints: ADMIN only, http(s) only, known event types, If-Match on writes. */
@QuarkusTest
class WebhookEndpointTest {
  @Inject TestUsers users;

  private Map<String, Object> body(String url, List<String> types) {
    return Map.of("url", url, "eventTypes", types);
  }

  @Test
  void onlyAnAdminManagesEndpoints() {
    for (Role r : List.of(Role.MANAGER, Role.REP, Role.READONLY)) {
      TestUser u = users.create(r);
      Api.as(u).get("/api/v1/webhooks").then().statusCode(403);
      Api.as(u)
          .body(body("http://127.0.0.1:9/x", List.of("account.created")))
          .post("/api/v1/webhooks")
          .then()
          .statusCode(403);
    }
  }

  @Test
  void refusesOtherSchemesAndUnknownEventTypes() {
    TestUser admin = users.create(Role.ADMIN);
    Api.as(admin)
        .body(body("ftp://127.0.0.1/x", List.of("account.created")))
        .post("/api/v1/webhooks")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("url"))
        .body("errors[0].code", equalTo("WEBHOOK_TARGET_REFUSED"));
    Api.as(admin)
        .body(body("http://127.0.0.1:9/x", List.of("account.exploded")))
        .post("/api/v1/webhooks")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("eventTypes"));
  }

  @Test
  void theSecretIsShownOnceAndWritesNeedIfMatch() {
    TestUser admin = users.create(Role.ADMIN);
    long id =
        Api.as(admin)
            .body(body("http://127.0.0.1:9/x", List.of("account.created")))
            .post("/api/v1/webhooks")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("endpoint.id");
    Api.as(admin)
        .get("/api/v1/webhooks/" + id)
        .then()
        .statusCode(200)
        .body("$", not(hasKey("secret")));
    Api.as(admin)
        .body(
            Map.of(
                "url",
                "http://127.0.0.1:9/y",
                "eventTypes",
                List.of("contact.deleted"),
                "enabled",
                false))
        .put("/api/v1/webhooks/" + id)
        .then()
        .statusCode(428);
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .body(
            Map.of(
                "url",
                "http://127.0.0.1:9/y",
                "eventTypes",
                List.of("contact.deleted"),
                "enabled",
                false))
        .put("/api/v1/webhooks/" + id)
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false))
        .body("eventTypes", hasItem("contact.deleted"));
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/webhooks/" + id)
        .then()
        .statusCode(412);
    Api.as(admin)
        .header("If-Match", "\"1\"")
        .delete("/api/v1/webhooks/" + id)
        .then()
        .statusCode(204);
  }

  @Test
  void productionRefusesLoopbackAndPrivateTargets() {
    WebhookTargets strict = new WebhookTargets(false);
    for (String url :
        List.of(
            "http://127.0.0.1/x",
            "http://localhost/x",
            "http://10.1.2.3/x",
            "http://192.168.0.5/x",
            "http://169.254.169.254/latest",
            "http://[::1]/x",
            "http://0.0.0.0/x",
            "http://[fd00::1]/x")) {
      org.junit.jupiter.api.Assertions.assertNotNull(strict.refusal(url), url);
    }
    org.junit.jupiter.api.Assertions.assertNull(
        new WebhookTargets(true).refusal("http://127.0.0.1:8/x"));
  }
}
