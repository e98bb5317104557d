package io.pareto.savedview;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SavedViewTest {
  @Inject TestUsers users;

  private static Map<String, Object> view(String screen, String name, String query) {
    return Map.of("screen", screen, "name", name, "query", query);
  }

  private static long create(TestUser u, String screen, String name, String query) {
    return Api.as(u)
        .body(view(screen, name, query))
        .post("/api/v1/saved-views")
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"")
        .extract()
        .jsonPath()
        .getLong("id");
  }

  @Test
  void aUserSavesListsRenamesAndDeletesTheirOwnViews() {
    TestUser rep = users.create(Role.REP, users.team("视图 东"));
    long shanghai = create(rep, "ACCOUNTS", " 上海的大客户 ", "category=KEY&region=上海");
    create(rep, "ACCOUNTS", "北京", "region=北京&sort=name");
    create(rep, "PIPELINE", "本季度", "ownerId=7");

    Api.as(rep)
        .queryParam("screen", "ACCOUNTS")
        .get("/api/v1/saved-views")
        .then()
        .statusCode(200)
        .body("name", containsInAnyOrder("上海的大客户", "北京"))
        .body("screen", contains("ACCOUNTS", "ACCOUNTS"));
    Api.as(rep).get("/api/v1/saved-views").then().statusCode(200).body("$", hasSize(3));

    Api.as(rep)
        .header("If-Match", "\"0\"")
        .body(view("ACCOUNTS", "上海 KEY", "category=KEY&region=上海&sort=-updatedAt"))
        .put("/api/v1/saved-views/" + shanghai)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo("上海 KEY"))
        .body("query", equalTo("category=KEY&region=上海&sort=-updatedAt"));
    // The version moved on: the old ETag is stale.
    Api.as(rep)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/saved-views/" + shanghai)
        .then()
        .statusCode(412);
    Api.as(rep)
        .header("If-Match", "\"1\"")
        .delete("/api/v1/saved-views/" + shanghai)
        .then()
        .statusCode(204);
    Api.as(rep).get("/api/v1/saved-views/" + shanghai).then().statusCode(404);
  }

  @Test
  void viewsArePrivateNamesUniquePerScreenAndBadInputNamesTheField() {
    long team = users.team("视图 共享");
    TestUser rep = users.create(Role.REP, team);
    TestUser colleague = users.create(Role.MANAGER, team);
    long mine = create(rep, "ACCOUNTS", "我的", "category=KEY");

    // Same team, even a manager: someone else's view does not exist for them.
    Api.as(colleague).get("/api/v1/saved-views/" + mine).then().statusCode(404);
    Api.as(colleague)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/saved-views/" + mine)
        .then()
        .statusCode(404);
    Api.as(colleague).get("/api/v1/saved-views").then().statusCode(200).body("$", hasSize(0));
    // The same name is free for another user and on another screen, taken on the same one.
    create(colleague, "ACCOUNTS", "我的", "region=上海");
    create(rep, "PIPELINE", "我的", "ownerId=1");
    Api.as(rep)
        .body(view("ACCOUNTS", "我的", "region=北京"))
        .post("/api/v1/saved-views")
        .then()
        .statusCode(409);

    Api.as(rep)
        .body(Map.of("screen", "ACCOUNTS", "name", " ", "query", "?category=KEY"))
        .post("/api/v1/saved-views")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("name"))
        .body("errors.field", hasItem("query"));
    Api.as(rep)
        .body(Map.of("screen", "KANBAN", "name", "x", "query", ""))
        .post("/api/v1/saved-views")
        .then()
        .statusCode(400);
    Api.as(rep)
        .body(view("ACCOUNTS", "无版本", "q=a"))
        .put("/api/v1/saved-views/" + mine)
        .then()
        .statusCode(428);
  }
}
