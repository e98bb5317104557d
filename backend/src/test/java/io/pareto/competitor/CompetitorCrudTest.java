package io.pareto.competitor;

import static org.hamcrest.Matchers.equalTo;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CompetitorCrudTest {
  @Inject TestUsers users;

  static Map<String, Object> body(String name) {
    Map<String, Object> m = new HashMap<>();
    m.put("name", name);
    m.put("brand", "FusionCloud");
    m.put("implementer", "神州数码 Digital China");
    m.put("weaknesses", "售后响应慢 slow after-sales");
    m.put("priceLevel", "HIGH");
    m.put("tier", "STRONGER");
    return m;
  }

  @Test
  void managersWriteTheCatalogueWithETagsAndRepsOnlyRead() {
    TestUser manager = users.create(Role.MANAGER);
    TestUser rep = users.create(Role.REP);
    String name = "华为 Huawei " + System.nanoTime();
    long id =
        Api.as(manager)
            .body(body(name))
            .post("/api/v1/competitors")
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("tier", equalTo("STRONGER"))
            .extract()
            .jsonPath()
            .getLong("id");
    Api.as(rep).body(body(name + " 2")).post("/api/v1/competitors").then().statusCode(403);
    Api.as(manager).body(body(name)).post("/api/v1/competitors").then().statusCode(409);
    Api.as(rep)
        .get("/api/v1/competitors?q=" + name.substring(name.length() - 8))
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].weaknesses", equalTo("售后响应慢 slow after-sales"));

    var change = body(name);
    change.put("tier", "CATCHING_UP");
    Api.as(manager).body(change).put("/api/v1/competitors/" + id).then().statusCode(428);
    Api.as(manager)
        .header("If-Match", "\"0\"")
        .body(change)
        .put("/api/v1/competitors/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("tier", equalTo("CATCHING_UP"));
    Api.as(manager)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/competitors/" + id)
        .then()
        .statusCode(412);
    Api.as(manager)
        .header("If-Match", "\"1\"")
        .delete("/api/v1/competitors/" + id)
        .then()
        .statusCode(204);
    Api.as(rep).get("/api/v1/competitors/" + id).then().statusCode(404);
  }
}
