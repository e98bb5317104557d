package io.pareto.account;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** A page of 50 accounts with their owners costs a fixed number of statements, not one per row. */
@QuarkusTest
class AccountListStatementsTest {
  @Inject TestUsers users;
  @Inject EntityManagerFactory emf;
  @Inject EntityManager em;

  @Test
  void aPageOfFiftyAccountsIsNoNPlusOne() {
    TestUser rep = users.create(Role.REP);
    createAccounts(rep.id(), 60);
    long ten = statementsForPage(rep, 10);
    long fifty = statementsForPage(rep, 50);
    assertEquals(ten, fifty, "statements must not grow with the page size");
    // The industry list costs authentication + 1 statement; so does a page of accounts: the rows,
    // owners
    // fetched along and the total carried as a scalar subquery.
    assertEquals(statementsForIndustries(rep), fifty);
  }

  long statementsForIndustries(TestUser rep) {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    Api.as(rep).get("/api/v1/industries").then().statusCode(200);
    return stats.getPrepareStatementCount();
  }

  long statementsForPage(TestUser rep, int size) {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    Api.as(rep)
        .queryParam("size", size)
        .queryParam("sort", "name")
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(size))
        .body("total", equalTo(60))
        .body("items[0].ownerName", equalTo(rep.role() + " 测试"));
    return stats.getPrepareStatementCount();
  }

  void createAccounts(long ownerId, int n) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              io.pareto.user.AppUser owner = em.find(io.pareto.user.AppUser.class, ownerId);
              for (int i = 0; i < n; i++) {
                Account a = new Account();
                a.name = String.format("N+1 %03d", i);
                a.owner = owner;
                em.persist(a);
              }
            });
  }
}
