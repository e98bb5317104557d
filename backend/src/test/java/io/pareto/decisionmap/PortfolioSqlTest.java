package io.pareto.decisionmap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.security.AccountScope;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The portfolio and summary statements are generated from the rules; the migration's backfill is
 * the same SQL.
 */
class PortfolioSqlTest {
  private static final Path TABLES =
      Path.of("src/main/resources/db/migration/V80__decision_map_summary.sql");

  /** The latest migration that changed the summary's columns and backfilled it. */
  private static final Path BACKFILL =
      Path.of("src/main/resources/db/migration/V100__decision_map_strength_decays.sql");

  @Test
  void everyFactAndRuleIsPartOfThePortfolioStatement() throws Exception {
    String sql =
        DecisionMapQueries.portfolioSql(
            AccountScope.ALL,
            new DecisionMapQueries.PortfolioFilter("KEY", null, null),
            ScoreWeights.DEFAULT,
            "score");
    for (ContactCondition f : ContactCondition.values())
      assertTrue(sql.contains(" as " + f.column()), f.name());
    for (GapRule r : GapRule.values()) assertTrue(sql.contains(" as " + r.column()), r.name());
    assertTrue(sql.contains("order by score asc"));
    // Kept for the benchmark scenario (scripts/benchmark.d/decision-map.json carries the same
    // text).
    Files.writeString(Path.of("target/decision-map-portfolio.sql"), sql);
  }

  @Test
  void theMigrationBackfillsWithTheGeneratedStatements() throws Exception {
    String migration = tokens(Files.readString(BACKFILL));
    StringBuilder all = new StringBuilder();
    for (String s : SummarySql.rebuildAll()) all.append(s).append(";\n");
    // Also the benchmark setup's refresh after it rewrites contacts behind the API.
    Files.writeString(Path.of("target/decision-map-summary-rebuild.sql"), all);
    for (String s : SummarySql.rebuildAll()) assertTrue(migration.contains(tokens(s) + ";"), s);
    String tables = tokens(Files.readString(TABLES));
    for (ContactCondition f : ContactCondition.stored())
      assertTrue(tables.contains(f.column() + " INT NOT NULL"), f.name());
    for (ContactCondition f : ContactCondition.datedFacts())
      assertTrue(migration.contains("ADD COLUMN " + f.lastColumn() + " DATE;"), f.name());
  }

  /**
   * The statement's text without its layout (the code spreads it over lines, the file does not).
   */
  private static String tokens(String sql) {
    return sql.replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")");
  }
}
