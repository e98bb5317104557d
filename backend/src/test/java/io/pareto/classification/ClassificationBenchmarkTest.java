package io.pareto.classification;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Manual benchmark (off unless -Dbench.db=jdbc:postgresql://...): 100k accounts with 24 months of
 * facts (it DELETES every account first: point it at a scratch database only), then times the
 * engine's run (insert results + bulk update) against the reference SQL of
 * scripts/benchmark.d/classification.json. Expects a migrated database it may fill.
 */
@EnabledIfSystemProperty(named = "bench.db", matches = "jdbc:postgresql:.*")
class ClassificationBenchmarkTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

  @Test
  void runOver100kAccounts() throws Exception {
    try (Connection c =
        DriverManager.getConnection(System.getProperty("bench.db"), "postgres", "")) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(
            "DELETE FROM classification_result; DELETE FROM classification_run; DELETE FROM account_fact;"
                + " DELETE FROM classification_override; DELETE FROM account_loss; DELETE FROM contact;"
                + " DELETE FROM opportunity; DELETE FROM account_team_member; DELETE FROM account");
        s.execute(
            "INSERT INTO account (name, estimated_annual_potential, strategic_value, created_at, updated_at)"
                + " SELECT 'bench ' || g, CASE WHEN g % 3 = 0 THEN NULL ELSE (g * 7919) % 1000000 END,"
                + " CASE WHEN g % 4 = 0 THEN NULL ELSE g % 6 END, now(), now() FROM generate_series(1, 100000) g");
        s.execute(
            "INSERT INTO account_fact (account_id, fact_month, revenue, gross_profit, cost_to_serve,"
                + " order_count, created_at, updated_at)"
                + " SELECT a.id, DATE '2024-11-01' + (m || ' months')::interval,"
                + " CASE WHEN (a.id + m) % 7 = 0 THEN 0 ELSE ((a.id * 104729 + m * 7) % 100000) / (1 + a.id % 13) END,"
                + " ((a.id * 31 + m) % 20000) / (1 + a.id % 13), (a.id + m) % 3000, 1, now(), now()"
                + " FROM account a CROSS JOIN generate_series(0, 23) m WHERE a.id % 10 <> 0");
        s.execute("ANALYZE account; ANALYZE account_fact");
        s.execute(
            "INSERT INTO classification_run (id, as_of, policy_version, started_at)"
                + " VALUES (900000001, DATE '"
                + AS_OF
                + "', 1, now())");
      }
      c.commit();
      long t0 = System.nanoTime();
      ClassificationEngine.classify(c, 900000001L, PolicyParameters.V1, AS_OF);
      long t1 = System.nanoTime();
      int updated = ClassificationEngine.apply(c, 900000001L, Instant.now());
      c.commit();
      long t2 = System.nanoTime();
      String json =
          Files.readString(
              Path.of("../scripts/benchmark.d/classification.json"), StandardCharsets.UTF_8);
      String sql =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(json)
              .at("/reference/sql")
              .asText()
              .replace(":'as_of'", "'" + AS_OF + "'");
      long t3 = System.nanoTime();
      long mismatches;
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT COUNT(*) FROM ("
                      + sql
                      + ") r JOIN account a ON a.id = r.id"
                      + " WHERE r.category <> a.category")) {
        rs.next();
        mismatches = rs.getLong(1);
      }
      long t4 = System.nanoTime();
      System.out.printf(
          "BENCH classify %d ms, apply %d ms (%d accounts updated), reference SQL %d ms,"
              + " mismatches %d%n",
          (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, updated, (t4 - t3) / 1_000_000, mismatches);
      org.junit.jupiter.api.Assertions.assertEquals(0, mismatches);
    }
  }
}
