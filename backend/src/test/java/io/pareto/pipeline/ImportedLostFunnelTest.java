package io.pareto.pipeline;

import io.pareto.security.Role;
import io.pareto.support.Api;
import io.pareto.support.TestUsers;
import io.pareto.support.TestUsers.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Deals imported as LOST get a history row to LOST without a lost reason (and, when new, without a
 * from-stage): the funnel and the metrics count them under OTHER at LEAD instead of failing (found
 * by the pipeline benchmark scenario).
 */
@QuarkusTest
class ImportedLostFunnelTest {
  @Inject TestUsers users;

  @Test
  void importedLostDealsCountAsOtherLostAtLead() {
    TestUser admin = users.create(Role.ADMIN);
    TestUser owner = users.create(Role.REP);
    String key = "IMP-LOST-" + System.nanoTime();
    importCsv(
        admin, "accounts", "externalId,name\n" + key + ",Imported lost account " + key + "\n");
    importCsv(
        admin,
        "opportunities",
        "externalId,accountExternalId,name,amount,stage,ownerEmail\n"
            + key
            + "-1,"
            + key
            + ",Lost deal,1000.50,LOST,"
            + owner.email()
            + "\n");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    Json cohort =
        new Json(
            Api.as(admin)
                .get(
                    "/api/v1/pipeline/funnel?mode=cohort&ownerId="
                        + owner.id()
                        + "&from="
                        + today
                        + "&to="
                        + today)
                .then()
                .statusCode(200)
                .extract()
                .response());
    cohort
        .eq("cohort.stages[0].lost", "1")
        .is("cohort.stages[0].lostReasons[0].reason", "OTHER")
        .eq("cohort.stages[0].lostReasons[0].amount", "1000.5");
    Json metrics =
        new Json(
            Api.as(admin)
                .get(
                    "/api/v1/pipeline/metrics?ownerId="
                        + owner.id()
                        + "&from="
                        + today
                        + "&to="
                        + today)
                .then()
                .statusCode(200)
                .extract()
                .response());
    metrics.is("lostReasons[0].reason", "OTHER").eq("lostReasons[0].count", "1");
  }

  private static void importCsv(TestUser as, String dataset, String csv) {
    Api.as(as)
        .contentType("text/csv; charset=UTF-8")
        .body(csv.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/imports/" + dataset)
        .then()
        .statusCode(200);
  }
}
