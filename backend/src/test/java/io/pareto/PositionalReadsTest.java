package io.pareto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Query results are read by column name ({@code common.Rows}, a Tuple's alias, a ResultSet's
 * label), never by position: {@code (Number) r[3]} breaks silently when a column is added. A source
 * scan of the product: a positional read is an index into an array in a file that runs queries, or
 * a JDBC getter given a column number.
 */
class PositionalReadsTest {
  private static final Path MAIN = Path.of("src/main/java/io/pareto");

  /** Being rewritten elsewhere; may only shrink. */
  private static final List<String> LEGACY =
      List.of(
          "pipeline/funnel/",
          "pipeline/forecast/",
          "analytics/",
          "classification/",
          "team/TargetService.java");

  /** Positional reads left in the legacy files when this test was written. */
  private static final int LEGACY_CEILING = 52;

  private static final Pattern RUNS_QUERIES =
      Pattern.compile("createNativeQuery|createQuery|executeQuery|getResultList|ResultSet");
  private static final Pattern INDEXED = Pattern.compile("(?<!new )\\b[a-z]\\w*\\[\\d+\\]");
  private static final Pattern JDBC_BY_NUMBER =
      Pattern.compile(
          "\\.get(?:Long|String|Int|Object|BigDecimal|Date|Timestamp|Boolean|Double|Short)\\(\\d");

  @Test
  void noQueryResultIsReadByPosition() throws IOException {
    List<String> found = new ArrayList<>();
    int legacy = 0;
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String rel = MAIN.relativize(f).toString().replace('\\', '/');
        List<String> reads = reads(Files.readString(f));
        if (LEGACY.stream().anyMatch(rel::startsWith)) legacy += reads.size();
        else reads.forEach(r -> found.add(rel + ": " + r));
      }
    }
    assertEquals(List.of(), found, "read these columns by name (common.Rows)");
    assertTrue(
        legacy <= LEGACY_CEILING,
        legacy + " positional reads in the legacy files, more than " + LEGACY_CEILING);
  }

  @Test
  void theScanSeesWhatItLooksFor() {
    String query = "em.createNativeQuery(sql).getResultList();\n";
    assertEquals(1, reads(query + "long id = ((Number) r[0]).longValue();").size());
    assertEquals(1, reads(query + "long id = rs.getLong(1);").size());
    assertEquals(0, reads(query + "long id = rs.getLong(\"id\"); byte[] b = new byte[32];").size());
    assertEquals(0, reads("String name = parts[1];").size(), "no query in the file: not a row");
  }

  private static List<String> reads(String source) {
    List<String> out = new ArrayList<>();
    if (!RUNS_QUERIES.matcher(source).find()) return out;
    for (Pattern p : List.of(INDEXED, JDBC_BY_NUMBER)) {
      Matcher m = p.matcher(source);
      while (m.find()) out.add(m.group());
    }
    return out;
  }
}
