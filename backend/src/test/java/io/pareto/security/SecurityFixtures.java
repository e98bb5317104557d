package io.pareto.security;

import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers.TestUser;
import java.util.Map;

/** Records of one rep for access tests: an account and one of each child. */
final class SecurityFixtures {
  private SecurityFixtures() {}

  record Records(long account, long contact, long opportunity, long fact, long user) {}

  /**
   * An account owned by {@code owner} (created by {@code admin}) with a contact, an opportunity and
   * a fact.
   */
  static Records recordsOf(TestUser admin, TestUser owner, String label) {
    var body = Fixtures.account(label + " 客户");
    body.put("ownerId", owner.id());
    long account = Fixtures.createAccount(admin, body).getLong("id");
    long contact = Fixtures.contactId(admin, account, label + " 联系人", "DECISION");
    long opportunity =
        Api.as(admin)
            .body(
                Map.of(
                    "accountId",
                    account,
                    "name",
                    label + " 项目",
                    "amount",
                    "1000.00",
                    "ownerId",
                    owner.id()))
            .post("/api/v1/opportunities")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    long fact =
        Api.as(admin)
            .body(
                Map.of(
                    "month",
                    "2026-01",
                    "revenue",
                    "100.00",
                    "grossProfit",
                    "10.00",
                    "costToServe",
                    "5.00",
                    "orderCount",
                    1))
            .post("/api/v1/accounts/" + account + "/facts")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    return new Records(account, contact, opportunity, fact, owner.id());
  }
}
