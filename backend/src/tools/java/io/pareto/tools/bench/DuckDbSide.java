package io.pareto.tools.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columnar yardstick: the same question over the same raw rows in an in-memory DuckDB (2
 * threads), timed in the same run as the API and its SQL. Each table a suite names is copied once
 * from the benchmark database through a CSV file (as an analyst would load it), typed from the
 * source's column metadata; load time is not measured, query time is. Absent when the DuckDB JDBC
 * driver is not on the class path (scripts/benchmark puts it there).
 */
final class DuckDbSide implements AutoCloseable {
  private final Connection source;
  private final Connection duck;
  private final Path dir;
  private final Set<String> loaded = new HashSet<>();

  private DuckDbSide(Connection source, Connection duck, Path dir) {
    this.source = source;
    this.duck = duck;
    this.dir = dir;
  }

  /** An in-memory DuckDB, or null without its driver. */
  static DuckDbSide open(Connection source) throws SQLException, IOException {
    try {
      Class.forName("org.duckdb.DuckDBDriver");
    } catch (ClassNotFoundException e) {
      System.err.println("    DuckDB driver not on the class path: no DuckDB column");
      return null;
    }
    Connection duck = DriverManager.getConnection("jdbc:duckdb:");
    try (var st = duck.createStatement()) {
      st.execute("SET threads = 2");
    }
    return new DuckDbSide(source, duck, Files.createTempDirectory("pareto-duckdb"));
  }

  /** Copies each named table (name → SELECT over the benchmark database) unless already there. */
  void load(Map<String, String> tables) throws SQLException, IOException {
    if (tables == null) return;
    for (Map.Entry<String, String> t : tables.entrySet()) {
      if (!loaded.add(t.getKey())) continue;
      long started = System.nanoTime();
      Path csv = dir.resolve(t.getKey() + ".csv");
      List<String> columns = new ArrayList<>();
      long rows = 0;
      try (PreparedStatement ps = source.prepareStatement(t.getValue())) {
        ps.setFetchSize(10_000); // PostgreSQL streams only with a fetch size (and autocommit off)
        boolean auto = source.getAutoCommit();
        source.setAutoCommit(false);
        try (ResultSet rs = ps.executeQuery();
            BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
          ResultSetMetaData md = rs.getMetaData();
          for (int c = 1; c <= md.getColumnCount(); c++)
            columns.add(md.getColumnLabel(c).toLowerCase(Locale.ROOT) + " " + duckType(md, c));
          while (rs.next()) {
            for (int c = 1; c <= md.getColumnCount(); c++) {
              if (c > 1) out.write(',');
              String v = rs.getString(c);
              if (v != null) out.write('"' + v.replace("\"", "\"\"") + '"');
            }
            out.write('\n');
            rows++;
          }
        } finally {
          source.commit();
          source.setAutoCommit(auto);
        }
      }
      try (var st = duck.createStatement()) {
        st.execute("CREATE TABLE " + t.getKey() + " (" + String.join(", ", columns) + ")");
        // DuckDB refuses to read an empty file (e.g. no overrides yet): an empty table is the
        // answer
        if (rows > 0)
          st.execute(
              "COPY "
                  + t.getKey()
                  + " FROM '"
                  + csv
                  + "' (FORMAT csv, HEADER false, DELIMITER ',', QUOTE '\"', ESCAPE '\"', NULLSTR '')");
      }
      Files.delete(csv);
      System.err.printf(
          Locale.ROOT,
          "    DuckDB: %s, %,d rows loaded in %.1f s%n",
          t.getKey(),
          rows,
          (System.nanoTime() - started) / 1e9);
    }
  }

  private static String duckType(ResultSetMetaData md, int c) throws SQLException {
    return switch (md.getColumnType(c)) {
      case Types.BIGINT -> "BIGINT";
      case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> "INTEGER";
      case Types.NUMERIC, Types.DECIMAL ->
          "DECIMAL(" + Math.min(38, md.getPrecision(c)) + ", " + md.getScale(c) + ")";
      case Types.DOUBLE, Types.FLOAT, Types.REAL -> "DOUBLE";
      case Types.BOOLEAN, Types.BIT -> "BOOLEAN";
      case Types.DATE -> "DATE";
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> "TIMESTAMPTZ";
      default -> "VARCHAR";
    };
  }

  double time(List<String> statements, Map<String, Object> p) throws SQLException {
    return Benchmark.time(duck, statements, p);
  }

  @Override
  public void close() throws SQLException, IOException {
    duck.close();
    Files.deleteIfExists(dir);
  }
}
