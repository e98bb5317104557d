package io.pareto.dataio;

import io.pareto.support.Api;
import io.pareto.support.TestUsers.TestUser;
import io.restassured.response.ValidatableResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Bulk files and calls for the import/export tests. */
final class DataioFixtures {
  private DataioFixtures() {}

  /** A prefix that makes this test's externalIds unique in a shared database. */
  static String prefix() {
    return "T" + UUID.randomUUID().toString().substring(0, 8) + "-";
  }

  static ValidatableResponse importCsv(TestUser as, String dataset, String csv, boolean dryRun) {
    return Api.as(as)
        .contentType("text/csv; charset=UTF-8")
        .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .queryParam("dryRun", dryRun)
        .post("/api/v1/imports/" + dataset)
        .then();
  }

  static ValidatableResponse importCsv(TestUser as, String dataset, String csv) {
    return importCsv(as, dataset, csv, false);
  }

  static String exportCsv(TestUser as, String dataset, String updatedSince) {
    var req = Api.as(as).accept("text/csv");
    if (updatedSince != null) req = req.queryParam("updatedSince", updatedSince);
    return req.get("/api/v1/exports/" + dataset).then().statusCode(200).extract().asString();
  }

  /** The CSV's lines without the last column, updatedAt, which a re-import legitimately changes. */
  static List<String> withoutUpdatedAt(String csv) {
    List<String> lines = Arrays.asList(csv.split("\r\n"));
    if (!lines.get(0).endsWith(",updatedAt"))
      throw new AssertionError("updatedAt is not last: " + lines.get(0));
    return lines.stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList();
  }
}
