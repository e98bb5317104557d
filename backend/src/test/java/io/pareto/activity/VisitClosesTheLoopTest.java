package io.pareto.activity;

import static io.pareto.activity.ActivityFixtures.log;
import static io.pareto.activity.ActivityFixtures.promise;
import static io.pareto.activity.ActivityFixtures.visitWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.pareto.decisionmap.DecisionMapFixtures;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The key-account loop: a stale key person is visited, and the map's gap closes; a deal lists its
 * visits.
 */
@QuarkusTest
class VisitClosesTheLoopTest {
  @Inject TestUsers users;

  @Test
  void aVisitNamingTheStalePersonClosesTheGapAndIsListedWithItsDeal() {
    TestUser rep = users.create(Role.REP);
    LocalDate today = LocalDate.now();
    long account = Fixtures.accountId(rep, "闭环客户 " + System.nanoTime());
    var stale = DecisionMapFixtures.person("刘处长", "DECISION", "SUPPORTER", 4, "DECISION_MAKER");
    stale.put("lastContactedOn", today.minusDays(120).toString());
    long dm = DecisionMapFixtures.contact(rep, account, stale);
    long engineer =
        DecisionMapFixtures.contact(
            rep, account, DecisionMapFixtures.person("陈工", "IMPLEMENTATION", "NEUTRAL", 3));
    long deal = Fixtures.opportunityId(rep, account, "三期扩容", "420000.00");
    long otherDeal = Fixtures.opportunityId(rep, account, "运维服务", "80000.00");
    String map = "/api/v1/accounts/" + account + "/decision-map";
    Api.as(rep)
        .get(map)
        .then()
        .statusCode(200)
        .body(
            "gaps.findAll { it.code == 'STALE_KEY_CONTACT' }.contactId",
            equalTo(List.of((int) dm)));

    var visit =
        visitWith(
            today.minusDays(1),
            List.of(
                promise("CUSTOMER", "下周提供需求清单", today.plusDays(7)),
                promise("US", "周五前发送方案", today.plusDays(3))));
    visit.put("contactIds", List.of(dm, engineer));
    visit.put("opportunityId", deal);
    log(rep, account, visit);
    var call = ActivityFixtures.activity("CALL", today);
    call.put("opportunityId", otherDeal);
    log(rep, account, call);

    Api.as(rep)
        .get(map)
        .then()
        .statusCode(200)
        .body("gaps.code", not(hasItem("STALE_KEY_CONTACT")));
    Api.as(rep)
        .get("/api/v1/contacts/" + dm)
        .then()
        .body("lastContactedOn", equalTo(today.minusDays(1).toString()));
    Api.as(rep)
        .get("/api/v1/accounts/" + account + "/activities?opportunityId=" + deal)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].contactIds", equalTo(List.of((int) dm, (int) engineer)))
        .body("items[0].commitments.side", equalTo(List.of("CUSTOMER", "US")));
    Api.as(rep).get("/api/v1/accounts/" + account + "/activities").then().body("total", equalTo(2));
  }
}
