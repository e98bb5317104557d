package io.pareto.tools.generate;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Bulk rows into one table: COPY on PostgreSQL, JDBC batches elsewhere (H2). */
abstract class TableSink implements AutoCloseable {
  protected long rows;

  static TableSink open(Connection conn, String table, String... columns) throws SQLException {
    return conn.isWrapperFor(PGConnection.class)
        ? new Copy(conn, table, columns)
        : new Batch(conn, table, columns);
  }

  abstract void row(Object... values) throws SQLException;

  long rows() {
    return rows;
  }

  @Override
  public abstract void close() throws SQLException;

  /** COPY ... FROM STDIN (FORMAT csv), sent in ~1 MB pieces. */
  static final class Copy extends TableSink {
    private final CopyIn copy;
    private final StringBuilder buf = new StringBuilder(1 << 20);

    Copy(Connection conn, String table, String[] columns) throws SQLException {
      copy =
          conn.unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn(
                  "COPY "
                      + table
                      + " ("
                      + String.join(", ", columns)
                      + ") FROM STDIN (FORMAT csv)");
    }

    @Override
    void row(Object... values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) buf.append(',');
        Object v = values[i];
        if (v == null) continue; // unquoted empty = NULL
        if (v instanceof String s) buf.append('"').append(s.replace("\"", "\"\"")).append('"');
        else buf.append(v);
      }
      buf.append('\n');
      rows++;
      if (buf.length() > (1 << 20)) flush();
    }

    private void flush() throws SQLException {
      byte[] b = buf.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(b, 0, b.length);
      buf.setLength(0);
    }

    @Override
    public void close() throws SQLException {
      flush();
      copy.endCopy();
    }
  }

  /** Multi-row JDBC batches, committed every 5,000 rows. */
  static final class Batch extends TableSink {
    private final Connection conn;
    private final PreparedStatement ps;

    Batch(Connection conn, String table, String[] columns) throws SQLException {
      this.conn = conn;
      this.ps =
          conn.prepareStatement(
              "insert into "
                  + table
                  + " ("
                  + String.join(", ", columns)
                  + ") values ("
                  + "?, ".repeat(columns.length - 1)
                  + "?)");
    }

    @Override
    void row(Object... values) throws SQLException {
      for (int i = 0; i < values.length; i++) ps.setObject(i + 1, values[i]);
      ps.addBatch();
      if (++rows % 5000 == 0) {
        ps.executeBatch();
        conn.commit();
      }
    }

    @Override
    public void close() throws SQLException {
      ps.executeBatch();
      conn.commit();
      ps.close();
    }
  }
}
