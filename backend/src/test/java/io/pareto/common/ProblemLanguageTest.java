package io.pareto.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every problem carries a stable code; title and detail follow Accept-Language (en-US by default).
 */
@QuarkusTest
class ProblemLanguageTest {
  @Inject TestUsers users;
  TestUser admin;

  @BeforeEach
  void setUp() {
    admin = users.create(Role.ADMIN);
  }

  @Test
  void notFoundInEnglishByDefaultAndInChineseWhenAsked() {
    Api.as(admin)
        .get("/api/v1/accounts/987654321")
        .then()
        .statusCode(404)
        .header("Content-Language", "en-US")
        .body("code", equalTo("NOT_FOUND"))
        .body("title", equalTo("Not found"))
        .body("detail", equalTo("Account 987654321 does not exist"));
    Api.as(admin)
        .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
        .get("/api/v1/accounts/987654321")
        .then()
        .statusCode(404)
        .header("Content-Language", "zh-CN")
        .body("code", equalTo("NOT_FOUND"))
        .body("title", equalTo("未找到"))
        .body("detail", equalTo("记录 987654321 不存在，或不在您的可见范围内"))
        .body("type", equalTo("urn:pareto:problem:not-found"));
  }

  @Test
  void fieldErrorsCarryCodesAndTheCallersLanguage() {
    Map<String, Object> body = Map.of("strategicValue", 9, "kaKind", "GIANT");
    Api.as(admin)
        .header("Accept-Language", "zh-CN")
        .body(Map.of("name", "某客户", "strategicValue", 9))
        .post("/api/v1/accounts")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION"))
        .body("title", equalTo("请求内容有误"))
        .body("detail", equalTo("有 1 个字段不符合要求，详见各字段说明"))
        .body("errors[0].field", equalTo("strategicValue"))
        .body("errors[0].code", equalTo("TOO_LARGE"))
        // Bean Validation's own message, interpolated in Chinese: "最大不能超过5"
        .body("errors[0].message", containsString("5"))
        .body("errors[0].message", not(containsString("must")));
    Api.as(admin)
        .header("Accept-Language", "zh-CN")
        .body(body)
        .post("/api/v1/accounts")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("kaKind"))
        .body("errors[0].code", equalTo("NOT_ALLOWED"))
        .body("errors[0].message", containsString("取值不在允许范围内"))
        .body("errors[0].allowedValues", hasItems("ECONOMIC"));
    Api.as(admin)
        .body(Map.of("name", "x", "colour", "red"))
        .post("/api/v1/accounts")
        .then()
        .statusCode(400)
        .body("errors[0].code", equalTo("UNKNOWN_FIELD"))
        .body("errors[0].message", equalTo("unknown field"));
  }

  @Test
  void anUnknownLanguageFallsBackToEnglish() {
    Api.as(admin)
        .header("Accept-Language", "fr-FR, de;q=0.5")
        .get("/api/v1/accounts/987654321")
        .then()
        .statusCode(404)
        .header("Content-Language", "en-US")
        .body("title", equalTo("Not found"));
  }

  @Test
  void theSignInChallengeSpeaksTheCallersLanguageToo() {
    // No credentials at all: the HTTP layer answers before any resource runs.
    Api.anonymous()
        .header("Accept-Language", "zh-CN")
        .get("/api/v1/accounts")
        .then()
        .statusCode(401)
        .header("Content-Language", "zh-CN")
        .body("code", equalTo("UNAUTHORIZED"))
        .body("title", equalTo("未登录"))
        .body("detail", equalTo("请先登录，或提供有效的 API 令牌或凭据"));
    Api.anonymous()
        .body(Map.of("email", "nobody@pareto.test", "password", "wrong-password"))
        .post("/api/v1/session")
        .then()
        .statusCode(401)
        .body("code", equalTo("WRONG_CREDENTIALS"))
        .body("detail", equalTo("The email or the password is wrong"))
        .body("errors", nullValue());
  }

  @Test
  void aStaleIfMatchNamesBothVersions() {
    long id =
        io.pareto.support.Fixtures.createAccount(
                admin, io.pareto.support.Fixtures.account("版本测试客户"))
            .getLong("id");
    Api.as(admin)
        .header("Accept-Language", "zh-CN")
        .header("If-Match", "\"7\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("region", "华南"))
        .patch("/api/v1/accounts/" + id)
        .then()
        .statusCode(412)
        .body("code", equalTo("STALE_VERSION"))
        .body("detail", equalTo("您编辑的是第 7 版，当前已是第 0 版；请查看最新内容后重新应用您的修改"));
  }
}
