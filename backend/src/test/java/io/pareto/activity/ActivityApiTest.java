package io.pareto.activity;

import static io.pareto.activity.ActivityFixtures.activity;
import static io.pareto.activity.ActivityFixtures.log;
import static io.pareto.activity.ActivityFixtures.promise;
import static io.pareto.activity.ActivityFixtures.visitWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityApiTest {
  @Inject TestUsers users;
  TestUser rep;
  long account;
  LocalDate today = LocalDate.now();

  @BeforeEach
  void setUp() {
    rep = users.create(Role.REP);
    account = Fixtures.accountId(rep, "拜访客户 " + System.nanoTime());
  }

  @Test
  void aVisitNeedsACustomerCommitmentOrAReason() {
    String path = "/api/v1/accounts/" + account + "/activities";
    Api.as(rep)
        .body(activity("VISIT", today))
        .post(path)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("commitments"));
    Api.as(rep)
        .body(visitWith(today, List.of(promise("US", "发送报价", today.plusDays(3)))))
        .post(path)
        .then()
        .statusCode(422);
    var excused = activity("VISIT", today);
    excused.put("noCommitmentReason", "客户临时取消会议");
    log(rep, account, excused);
    log(rep, account, activity("CALL", today));
    var visit =
        log(
            rep,
            account,
            visitWith(today, List.of(promise("CUSTOMER", "月底前确认采购量", today.plusDays(7)))));
    Api.as(rep)
        .get("/api/v1/activities/" + visit.getLong("id"))
        .then()
        .statusCode(200)
        .body("commitments[0].side", equalTo("CUSTOMER"))
        .body("commitments[0].ownerId", equalTo((int) rep.id()))
        .body("preparation.businessCards", equalTo(true))
        .body("preparation.priceQuote", equalTo(false));
  }

  @Test
  void loggingMovesTheContactsLastContactedDateForwardOnly() {
    long c1 = Fixtures.contactId(rep, account, "张主任", "DECISION");
    long c2 = Fixtures.contactId(rep, account, "李科长", "IMPLEMENTATION");
    long untouched = Fixtures.contactId(rep, account, "王老师", "USER");
    var call = activity("CALL", today.minusDays(3));
    call.put("contactIds", List.of(c1, c2));
    log(rep, account, call);
    var older = activity("EMAIL", today.minusDays(10));
    older.put("contactIds", List.of(c1));
    log(rep, account, older);
    Api.as(rep)
        .get("/api/v1/contacts/" + c1)
        .then()
        .body("lastContactedOn", equalTo(today.minusDays(3).toString()))
        .header("ETag", "\"1\"");
    Api.as(rep)
        .get("/api/v1/contacts/" + c2)
        .then()
        .body("lastContactedOn", equalTo(today.minusDays(3).toString()));
    Api.as(rep).get("/api/v1/contacts/" + untouched).then().body("lastContactedOn", nullValue());

    long foreign = Fixtures.contactId(rep, Fixtures.accountId(rep, "别的客户"), "外人", "USER");
    var wrong = activity("CALL", today);
    wrong.put("contactIds", List.of(c1, foreign));
    Api.as(rep)
        .body(wrong)
        .post("/api/v1/accounts/" + account + "/activities")
        .then()
        .statusCode(400);
  }

  @Test
  void dueListShowsOverdueFollowUpsAndCommitmentsPerOwnerWithinScope() {
    log(
        rep,
        account,
        visitWith(
            today.minusDays(20),
            List.of(
                promise("CUSTOMER", "提供年度采购计划", today.minusDays(5)),
                promise("US", "发送技术方案", today.minusDays(1)),
                promise("US", "安排总部参观", today.plusDays(10)))));
    Api.as(rep)
        .get("/api/v1/activities/due?ownerId=" + rep.id())
        .then()
        .statusCode(200)
        .body("owners", hasSize(1))
        .body("owners[0].ownerId", equalTo((int) rep.id()))
        .body("owners[0].overdue", equalTo(2))
        .body("owners[0].items.description", equalTo(List.of("提供年度采购计划", "发送技术方案")))
        .body("owners[0].items[0].daysOverdue", equalTo(5))
        .body("owners[0].items[0].side", equalTo("CUSTOMER"));
    Api.as(rep)
        .get("/api/v1/activities/due?withinDays=30&ownerId=" + rep.id())
        .then()
        .body("owners[0].items", hasSize(3))
        .body("owners[0].overdue", equalTo(2))
        .body("owners[0].items[2].overdue", equalTo(false));

    TestUser stranger = users.create(Role.REP);
    Api.as(stranger)
        .get("/api/v1/activities/due?withinDays=30&ownerId=" + rep.id())
        .then()
        .statusCode(200)
        .body("owners", hasSize(0));
  }

  @Test
  void promisesKeptRatePerSide() {
    var visit =
        log(
            rep,
            account,
            visitWith(
                today.minusDays(30),
                List.of(
                    promise("CUSTOMER", "试点 50 台", today.minusDays(10)),
                    promise("CUSTOMER", "推荐兄弟单位", today.minusDays(9)),
                    promise("CUSTOMER", "签订框架协议", today.plusDays(9)),
                    promise("US", "培训两次", today.minusDays(2)))));
    List<Long> ids = visit.getList("commitments.id", Long.class);
    setStatus(ids.get(0), "KEPT");
    setStatus(ids.get(1), "BROKEN");
    setStatus(ids.get(3), "KEPT");
    Api.as(rep)
        .get("/api/v1/accounts/" + account + "/promises-kept")
        .then()
        .statusCode(200)
        .body("find { it.side == 'CUSTOMER' }.keptRate", equalTo(50.00f))
        .body("find { it.side == 'CUSTOMER' }.open", equalTo(1))
        .body("find { it.side == 'CUSTOMER' }.overdue", equalTo(0))
        .body("find { it.side == 'US' }.keptRate", equalTo(100.00f));
    Api.as(users.create(Role.READONLY))
        .header("If-Match", "\"1\"")
        .body(Map.of("status", "OPEN"))
        .put("/api/v1/commitments/" + ids.get(0) + "/status")
        .then()
        .statusCode(403);
    Api.as(users.create(Role.REP))
        .header("If-Match", "\"1\"")
        .body(Map.of("status", "OPEN"))
        .put("/api/v1/commitments/" + ids.get(0) + "/status")
        .then()
        .statusCode(404);
  }

  private void setStatus(long id, String status) {
    Api.as(rep)
        .header("If-Match", "\"0\"")
        .body(Map.of("status", status))
        .put("/api/v1/commitments/" + id + "/status")
        .then()
        .statusCode(200)
        .body("status", equalTo(status))
        .header("ETag", "\"1\"");
  }
}
