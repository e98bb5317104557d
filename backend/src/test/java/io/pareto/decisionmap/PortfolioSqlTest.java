package io.pareto.decisionmap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pareto.security.AccountScope;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The portfolio statement is generated from the rules: every fact and rule is in it. */
class PortfolioSqlTest {
  @Test
  void everyFactAndRuleIsPartOfThePortfolioStatement() throws Exception {
    String sql = DecisionMapQueries.portfolioSql(AccountScope.ALL,
        new DecisionMapQueries.PortfolioFilter("KEY", null, null), ScoreWeights.DEFAULT, "score");
    for (Fact f : Fact.values()) assertTrue(sql.contains(" as " + f.column()), f.name());
    for (GapRule r : GapRule.values()) assertTrue(sql.contains(" as " + r.column()), r.name());
    assertTrue(sql.contains("order by score asc"));
    // Kept for the benchmark scenario (scripts/benchmark.d/decision-map.json carries the same text).
    Files.writeString(Path.of("target/decision-map-portfolio.sql"), sql);
  }
}
