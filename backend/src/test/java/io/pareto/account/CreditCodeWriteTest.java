package io.pareto.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CreditCodeWriteTest {
  @Inject TestUsers users;

  @Test
  void aValidCodeIsStoredCanonicalAndFoundBySearch() {
    TestUser admin = users.create(Role.ADMIN);
    var body = Fixtures.account("阿里巴巴(中国)有限公司");
    body.put("creditCode", "９１３３ 0100 7996 5505 8b");
    long id = Fixtures.createAccount(admin, body).getLong("id");
    Api.as(admin)
        .get("/api/v1/accounts/" + id)
        .then()
        .body("creditCode", equalTo("91330100799655058B"));
    Api.as(admin)
        .get("/api/v1/accounts?q=91330100799655058b")
        .then()
        .statusCode(200)
        .body("items.id", hasItem((int) id));
  }

  @Test
  void aWrongCheckCharacterIsRefusedOnTheField() {
    TestUser admin = users.create(Role.ADMIN);
    var body = Fixtures.account("校验位错误公司");
    body.put("creditCode", "91440300192203821T");
    Api.as(admin)
        .body(body)
        .post("/api/v1/accounts")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("creditCode"))
        .body("errors[0].message", equalTo("check character does not match (GB 32100)"));
  }

  @Test
  void aSecondAccountWithTheCodeNamesTheFirstOnlyToWhoMaySeeIt() {
    TestUser owner = users.create(Role.REP, users.team("深圳"));
    TestUser stranger = users.create(Role.REP, users.team("上海"));
    var body = Fixtures.account("深圳市腾讯计算机系统有限公司");
    body.put("creditCode", "91440300708461136T");
    long first = Fixtures.createAccount(owner, body).getLong("id");

    var again = Fixtures.account("腾讯计算机");
    again.put("creditCode", "91440300708461136T");
    Api.as(users.create(Role.ADMIN))
        .body(again)
        .post("/api/v1/accounts")
        .then()
        .statusCode(409)
        .body("code", equalTo("DUPLICATE_CREDIT_CODE"))
        .body("detail", containsString("account " + first))
        .body("errors[0].field", equalTo("creditCode"));
    Api.as(stranger)
        .body(again)
        .post("/api/v1/accounts")
        .then()
        .statusCode(409)
        .body("code", equalTo("DUPLICATE_CREDIT_CODE_HIDDEN"))
        .body("detail", not(containsString("account " + first)))
        .body(not(containsString("深圳市腾讯计算机系统有限公司")));
    Api.as(stranger)
        .header("Accept-Language", "zh-CN")
        .body(again)
        .post("/api/v1/accounts")
        .then()
        .statusCode(409)
        .body("title", equalTo("统一社会信用代码已被使用"));
  }
}
