package io.pareto.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.activity.ActivityFixtures;
import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The return job (回收): which accounts go back, and that each goes exactly once. */
@QuarkusTest
class PoolReturnsTest {
  @Inject TestUsers users;
  @Inject PoolFixtures pool;
  @Inject PoolReturns returns;
  @Inject EntityManagerFactory emf;

  TestUser admin;
  TestUser rep;
  long team;
  LocalDate today = LocalDate.now(ZoneOffset.UTC);

  @BeforeEach
  void team() {
    admin = users.create(Role.ADMIN);
    team = users.team("华东大客户部");
    rep = users.named(Role.REP, team, "王磊");
    // TARGET after 30 days, NORMAL after 60, LOST never (and KEY never, whatever the rule)
    PoolFixtures.rule(admin, team, 30, 60, 20);
  }

  @Test
  void returnsWhatTheRuleSaysAndNothingElse() {
    long idleTarget = pool.owned(admin, rep, "苏州恒瑞精密制造有限公司", 45);
    long freshTarget = pool.owned(admin, rep, "无锡新松机电有限公司", 20);
    long idleKey = pool.owned(admin, rep, "中国工商银行江苏分行", 400);
    pool.category(idleKey, "KEY");
    long idleNormal = pool.owned(admin, rep, "南京钢铁股份有限公司", 45);
    pool.category(idleNormal, "NORMAL");
    long longIdleNormal = pool.owned(admin, rep, "常州天合光能有限公司", 61);
    pool.category(longIdleNormal, "NORMAL");
    long lost = pool.owned(admin, rep, "扬州亚星客车股份有限公司", 400);
    pool.category(lost, "LOST");
    long worked = pool.owned(admin, rep, "徐州工程机械集团有限公司", 90);
    ActivityFixtures.log(rep, worked, ActivityFixtures.activity("CALL", today.minusDays(10)));
    long workedLongAgo = pool.owned(admin, rep, "南通中远海运船务工程有限公司", 90);
    ActivityFixtures.log(
        rep, workedLongAgo, ActivityFixtures.activity("CALL", today.minusDays(31)));

    assertEquals(3, returns.run(today, team)); // idleTarget, longIdleNormal, workedLongAgo
    assertEquals(0, returns.run(today, team), "a second run finds nothing left to return");

    for (long back : List.of(idleTarget, longIdleNormal, workedLongAgo)) {
      Api.as(admin)
          .get("/api/v1/accounts/" + back)
          .then()
          .statusCode(200)
          .body("ownerId", org.hamcrest.Matchers.nullValue());
      assertEquals(1, pool.moves(back, "RETURN"));
      assertEquals(1, pool.ownerChanges(back));
    }
    for (long kept : List.of(freshTarget, idleKey, idleNormal, lost, worked)) {
      assertEquals(0, pool.moves(kept, "RETURN"), "account " + kept);
    }
    // the team's pool shows why and from whom they came
    Api.as(rep)
        .queryParam("sort", "name")
        .get("/api/v1/pool")
        .then()
        .statusCode(200)
        .body("total", org.hamcrest.Matchers.equalTo(3))
        .body("items.reason", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("INACTIVE")))
        .body(
            "items.previousOwnerName",
            org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("王磊")))
        .body(
            "items.teamId", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is((int) team)));
  }

  @Test
  void twoRunsAtOnceMoveEachAccountOnce() throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 12; i++) ids.add(pool.owned(admin, rep, "并发回收客户 " + i, 40));
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Integer>> runs = new ArrayList<>();
    for (int r = 0; r < 2; r++) {
      runs.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  go.await();
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
                return returns.run(today, team);
              }));
    }
    go.countDown();
    int moved = 0;
    for (var f : runs) moved += f.get();
    assertEquals(12, moved, "the two runs together return each account once");
    for (long id : ids) {
      assertEquals(1, pool.moves(id, "RETURN"), "account " + id);
      assertEquals(1, pool.ownerChanges(id), "account " + id);
    }
  }

  @Test
  void aBatchCostsTheSameStatementsForThreeAccountsAsForThirty() {
    long three = statementsToReturn(3);
    long thirty = statementsToReturn(30);
    assertEquals(three, thirty, "statements must not grow with the number of accounts");
  }

  private long statementsToReturn(int n) {
    long t = users.team("回收批量");
    TestUser owner = users.named(Role.REP, t, "赵敏");
    PoolFixtures.rule(admin, t, 30, null, 20);
    for (int i = 0; i < n; i++) pool.owned(admin, owner, "批量客户 " + i, 40);
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    assertEquals(n, returns.run(today, t));
    return stats.getPrepareStatementCount();
  }
}
