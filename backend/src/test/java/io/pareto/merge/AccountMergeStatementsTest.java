package io.pareto.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.Fixtures;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** A merge costs the same statements for 2 children of each kind as for 12: no per-row loop. */
@QuarkusTest
class AccountMergeStatementsTest {
  @Inject TestUsers users;
  @Inject MergeSeeds seeds;
  @Inject EntityManagerFactory emf;

  @Test
  void statementsDoNotGrowWithTheChildren() {
    TestUser admin = users.create(Role.ADMIN);
    long few = statementsOfMerge(admin, 2);
    long many = statementsOfMerge(admin, 12);
    assertEquals(few, many, "statements of a merge must not grow with the children moved");
  }

  private long statementsOfMerge(TestUser admin, int children) {
    String t = MergeSeeds.tag();
    long s = seeds.account(admin, "招商银行 " + t, "华南", null);
    long d = seeds.account(admin, "招商银行股份有限公司 " + t, "华南", null);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (int i = 0; i < children; i++) {
                seeds.exec(
                    "insert into contact (account_id, name, layer, created_at, updated_at)"
                        + " values (?1, ?2, 'USER', ?3, ?3)",
                    d,
                    "联系人" + i,
                    now);
                seeds.exec(
                    "insert into account_fact (account_id, fact_month, created_at, updated_at)"
                        + " values (?1, ?2, ?3, ?3)",
                    d,
                    MergeSeeds.THIS_MONTH.minusMonths(i),
                    now);
                seeds.exec(
                    "insert into opportunity (account_id, name, stage, created_at, updated_at)"
                        + " values (?1, ?2, 'LEAD', ?3, ?3)",
                    d,
                    "商机" + i,
                    now);
              }
            });
    for (int i = 0; i < children; i++) seeds.history(d, admin.id());
    String ifMatch = Fixtures.etag(admin, "/api/v1/accounts/" + s);
    long version =
        Api.as(admin).get("/api/v1/accounts/" + d).then().extract().jsonPath().getLong("version");
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    Api.as(admin)
        .header("If-Match", ifMatch)
        .body(Map.of("duplicateId", d, "duplicateVersion", version))
        .post("/api/v1/accounts/" + s + "/merge")
        .then()
        .statusCode(200);
    long statements = stats.getPrepareStatementCount();
    assertEquals(children, seeds.count("contact", s));
    return statements;
  }
}
