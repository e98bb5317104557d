package io.pareto.search;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search by Chinese substring, pinyin and initials, owner name, scope; each test in its own team.
 */
@QuarkusTest
class SearchTest {
  @Inject TestUsers users;
  TestUser admin;
  TestUser lina;
  TestUser manager;
  TestUser stranger;
  long securities;

  @BeforeEach
  void setUp() {
    admin = users.create(Role.ADMIN);
    long team = users.team("搜索");
    lina = users.named(Role.REP, team, "李娜");
    manager = users.create(Role.MANAGER, team);
    stranger = users.create(Role.REP);
    for (String name : List.of("华泰证券股份有限公司", "华泰保险集团", "中信银行", "Pacific Trading")) {
      var body = Fixtures.account(name);
      body.put("ownerId", lina.id());
      long id = Fixtures.createAccount(admin, body).getLong("id");
      if (name.startsWith("华泰证券")) securities = id;
    }
    Fixtures.contactId(admin, securities, "王建国", "DECISION");
    Fixtures.opportunityId(admin, securities, "数据中心升级", "100000");
  }

  private List<String> names(TestUser as, String q, String kind) {
    return Api.as(as)
        .queryParam("q", q)
        .queryParam("limit", 20)
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.findAll { it.kind == '" + kind + "' }.name");
  }

  @Test
  void findsChineseNamesBySubstringPinyinAndInitials() {
    assertNames(names(lina, "华泰", "ACCOUNT"), "华泰保险集团", "华泰证券股份有限公司");
    assertNames(names(lina, "huatai", "ACCOUNT"), "华泰保险集团", "华泰证券股份有限公司");
    assertNames(names(lina, "HuaTai", "ACCOUNT"), "华泰保险集团", "华泰证券股份有限公司");
    assertNames(names(lina, "ht", "ACCOUNT"), "华泰保险集团", "华泰证券股份有限公司");
    assertNames(names(lina, "zxyh", "ACCOUNT"), "中信银行");
    assertNames(names(lina, "ＰＡＣＩＦＩＣ", "ACCOUNT"), "Pacific Trading");
    // a look-alike shares the first two characters only
    assertNames(names(lina, "华泰证券", "ACCOUNT"), "华泰证券股份有限公司");
    assertNames(names(lina, "htbx", "ACCOUNT"), "华泰保险集团");
  }

  @Test
  void findsContactsAndDealsWithTheirAccount() {
    Api.as(lina)
        .queryParam("q", "wjg")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("items.findAll { it.kind == 'CONTACT' }.name", contains("王建国"))
        .body("items.findAll { it.kind == 'CONTACT' }.accountId", contains((int) securities))
        .body("items.findAll { it.kind == 'CONTACT' }.accountName", contains("华泰证券股份有限公司"));
    Api.as(lina)
        .queryParam("q", "shujuzhongxin")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("items.findAll { it.kind == 'OPPORTUNITY' }.name", contains("数据中心升级"))
        .body("items.findAll { it.kind == 'OPPORTUNITY' }.detail", contains("LEAD"));
  }

  @Test
  void findsAnOwnersAccountsByTheOwnersNameAndTheOwnerForTheirManager() {
    assertNames(names(manager, "李娜", "ACCOUNT"), "华泰保险集团", "华泰证券股份有限公司", "中信银行", "Pacific Trading");
    assertNames(names(manager, "lina", "USER"), "李娜");
    Api.as(manager)
        .queryParam("q", "李娜")
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("total", equalTo(4));
  }

  @Test
  void staysInTheCallersScope() {
    Api.as(stranger)
        .queryParam("q", "华泰证券股份")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("items", empty());
    Api.as(stranger)
        .queryParam("q", "wjg")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("items.name", not(hasItem("王建国")));
    // a rep of another team does not find the team's people either
    Api.as(stranger)
        .queryParam("q", "李娜")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("items.findAll { it.kind == 'USER' }.id", not(hasItem((int) lina.id())));
  }

  @Test
  void theAccountListSearchesByPinyinAndSortsNamesByTheirReading() {
    Api.as(lina)
        .queryParam("q", "huatai")
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("items.name", containsInAnyOrder("华泰保险集团", "华泰证券股份有限公司"));
    Api.as(lina)
        .queryParam("sort", "name")
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("items.name", contains("华泰保险集团", "华泰证券股份有限公司", "Pacific Trading", "中信银行"));
    Api.as(lina)
        .queryParam("sort", "-name")
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("items.name", contains("中信银行", "Pacific Trading", "华泰证券股份有限公司", "华泰保险集团"));
  }

  @Test
  void importedAndRenamedRecordsAreFoundByTheirNewName() {
    String ext = "S-" + UUID.randomUUID();
    Api.as(admin)
        .body(List.of(Map.of("externalId", ext, "name", "华泰期货", "ownerEmail", lina.email())))
        .post("/api/v1/imports/accounts")
        .then()
        .statusCode(200)
        .body("created", equalTo(1));
    assertNames(names(lina, "htqh", "ACCOUNT"), "华泰期货");
    Api.as(admin)
        .body(List.of(Map.of("externalId", ext, "name", "长城证券", "ownerEmail", lina.email())))
        .post("/api/v1/imports/accounts")
        .then()
        .statusCode(200)
        .body("updated", equalTo(1));
    assertNames(names(lina, "htqh", "ACCOUNT"));
    assertNames(names(lina, "changcheng", "ACCOUNT"), "长城证券");
  }

  @Test
  void aBlankOrTooLongQueryOrLimitIsRefused() {
    Api.as(lina)
        .queryParam("q", " ")
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    Api.as(lina)
        .queryParam("q", "x")
        .queryParam("limit", 21)
        .get("/api/v1/search")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("limit"));
    Api.as(lina)
        .queryParam("q", "100%")
        .get("/api/v1/search")
        .then()
        .statusCode(200)
        .body("items", empty());
  }

  private static void assertNames(List<String> actual, String... expected) {
    org.junit.jupiter.api.Assertions.assertEquals(
        List.of(expected).stream().sorted().toList(),
        actual.stream().sorted().toList(),
        "names found");
  }
}
