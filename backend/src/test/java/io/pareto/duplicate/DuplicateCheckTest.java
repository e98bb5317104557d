package io.pareto.duplicate;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The duplicate check with the write guard on, as in production. Each test has its own names. */
@QuarkusTest
@TestProfile(DuplicateCheckTest.Guarded.class)
class DuplicateCheckTest {
  public static class Guarded implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("pareto.duplicates.check-on-write", "true");
    }
  }

  @Inject TestUsers users;
  @Inject EntityManager em;
  TestUser admin;

  @BeforeEach
  void setUp() {
    admin = users.create(Role.ADMIN);
  }

  private static io.restassured.response.ValidatableResponse check(TestUser as, String query) {
    return Api.as(as).get("/api/v1/accounts/duplicates?" + query).then().statusCode(200);
  }

  @Test
  void theHuaweiSpellingsAreFoundAndAThirdNeedsAReason() {
    long huawei = Fixtures.accountId(admin, "华为技术有限公司");
    check(admin, "name=华为技术(深圳)有限公司")
        .body("candidates.id", contains((int) huawei))
        .body("candidates[0].score", equalTo(80))
        .body("candidates[0].signals", contains("NAME"))
        .body("hiddenMatches", equalTo(0))
        .body("likely", equalTo(true));
    // huawei (6 letters) begins huaweijishu (11) and covers more than half of it: 50, not likely
    check(admin, "name=Huawei")
        .body("candidates.id", contains((int) huawei))
        .body("candidates[0].score", equalTo(50))
        .body("candidates[0].signals", contains("READING_PREFIX"))
        .body("likely", equalTo(false));

    Api.as(admin)
        .body(Fixtures.account("华为技术（深圳）有限公司"))
        .post("/api/v1/accounts")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("LIKELY_DUPLICATE"))
        .body("candidates.id", contains((int) huawei))
        .body("hiddenMatches", equalTo(0));
    long second =
        Api.as(admin)
            .queryParam("duplicateReason", "深圳子公司单独签约")
            .body(Fixtures.account("华为技术（深圳）有限公司"))
            .post("/api/v1/accounts")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    List<String> kept =
        em.createQuery(
                "select e.changes from AuditEvent e where e.entityType = 'ACCOUNT'"
                    + " and e.entityId = :id and e.action = 'DUPLICATE_KEPT'",
                String.class)
            .setParameter("id", String.valueOf(second))
            .getResultList();
    org.junit.jupiter.api.Assertions.assertEquals(1, kept.size());
    org.junit.jupiter.api.Assertions.assertTrue(kept.get(0).contains("深圳子公司单独签约"));
    org.junit.jupiter.api.Assertions.assertTrue(kept.get(0).contains("[" + huawei + "]"));
  }

  @Test
  void lookAlikesAreNotDuplicates() {
    long securities = Fixtures.accountId(admin, "华泰证券股份有限公司");
    long boc = Fixtures.accountId(admin, "中国银行股份有限公司");
    check(admin, "name=华泰保险集团股份有限公司")
        .body("candidates.id", not(org.hamcrest.Matchers.hasItem((int) securities)));
    check(admin, "name=中国建设银行股份有限公司")
        .body("candidates.id", not(org.hamcrest.Matchers.hasItem((int) boc)));
    Fixtures.accountId(admin, "华泰保险集团股份有限公司");
    Fixtures.accountId(admin, "中国建设银行股份有限公司");
  }

  @Test
  void renamingOntoAnExistingNameNeedsAReasonKeepingTheNameDoesNot() {
    Fixtures.accountId(admin, "宁德时代新能源科技股份有限公司");
    long other = Fixtures.accountId(admin, "比亚迪股份有限公司");
    String path = "/api/v1/accounts/" + other;
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("name", "宁德时代新能源科技有限公司"))
        .patch(path)
        .then()
        .statusCode(409)
        .body("code", equalTo("LIKELY_DUPLICATE"));
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("region", "华南"))
        .patch(path)
        .then()
        .statusCode(200);
  }

  @Test
  void aRepLearnsOfAnAccountTheyCannotSeeButNotWhichOne() {
    TestUser owner = users.create(Role.REP, users.team("华北"));
    TestUser stranger = users.create(Role.REP, users.team("华南"));
    Fixtures.accountId(owner, "小米科技有限责任公司");
    check(stranger, "name=小米科技")
        .body("candidates", empty())
        .body("hiddenMatches", equalTo(1))
        .body("likely", equalTo(true));
    Api.as(stranger)
        .body(Fixtures.account("小米科技有限公司"))
        .post("/api/v1/accounts")
        .then()
        .statusCode(409)
        .body("code", equalTo("LIKELY_DUPLICATE"))
        .body("candidates", empty())
        .body("hiddenMatches", equalTo(1))
        .body(not(containsString("小米科技有限责任公司")));
  }

  @Test
  void contactsPhoneAndCompanyMailDomainAddToTheScore() {
    long beifa = Fixtures.accountId(admin, "宁波贝发集团股份有限公司");
    Api.as(admin)
        .body(
            Map.of(
                "name",
                "张伟",
                "layer",
                "DECISION",
                "phone",
                "138 0013 8000",
                "email",
                "zhang.wei@beifa.com"))
        .post("/api/v1/accounts/" + beifa + "/contacts")
        .then()
        .statusCode(201);
    check(admin, "name=Beifa Stationery&phone=+86-138-0013-8000&email=li@beifa.com")
        .body("candidates.id", contains((int) beifa))
        .body("candidates[0].signals", contains("CONTACT_PHONE", "EMAIL_DOMAIN"))
        .body("candidates[0].score", equalTo(50));
    // a free-mail domain says nothing about the company
    check(admin, "name=Beifa Stationery&email=li@qq.com").body("candidates", empty());
  }

  @Test
  void theClusterReportGroupsSpellingsForAdminsOnly() {
    long a = Fixtures.accountId(admin, "腾讯科技(深圳)有限公司");
    long b =
        Api.as(admin)
            .queryParam("duplicateReason", "两个法人")
            .body(Fixtures.account("腾讯科技有限公司"))
            .post("/api/v1/accounts")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Api.as(admin)
        .get("/api/v1/accounts/duplicate-clusters?size=500")
        .then()
        .statusCode(200)
        .body("items.find { it.reading == 'tengxunkeji' }.signal", equalTo("NAME"))
        .body("items.find { it.reading == 'tengxunkeji' }.accounts.id", contains((int) a, (int) b));
    TestUser rep = users.create(Role.REP);
    Api.as(rep).get("/api/v1/accounts/duplicate-clusters").then().statusCode(403);
  }
}
