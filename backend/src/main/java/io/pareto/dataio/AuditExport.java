package io.pareto.dataio;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.pareto.audit.AuditFilter;
import io.pareto.security.AccountScope;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail as a file, with the audit list's filters and visibility, streamed like the other
 * exports (same CSV and NDJSON writers, one query read with a fetch size), newest first.
 */
@ApplicationScoped
public class AuditExport {
  static final List<Column> COLUMNS =
      List.of(
          Column.readOnly("id", Column.Type.ID, "e.id"),
          Column.readOnly("occurredAt", Column.Type.INSTANT, "e.occurred_at"),
          Column.readOnly("actor", Column.Type.TEXT, "e.actor"),
          Column.readOnly("entityType", Column.Type.TEXT, "e.entity_type"),
          Column.readOnly("entityId", Column.Type.TEXT, "e.entity_id"),
          Column.readOnly("accountId", Column.Type.ID, "e.account_id"),
          Column.readOnly("action", Column.Type.TEXT, "e.action"),
          Column.readOnly("changes", Column.Type.TEXT, "e.changes"),
          Column.readOnly("requestId", Column.Type.TEXT, "e.request_id"));

  private final AgroalDataSource dataSource;
  private final Caller caller;
  private final ObjectMapper mapper;

  public AuditExport(AgroalDataSource dataSource, Caller caller, ObjectMapper mapper) {
    this.dataSource = dataSource;
    this.caller = caller;
    this.mapper = mapper;
  }

  public StreamingOutput export(ExportFormat format, AuditFilter filter) {
    StringBuilder sql = new StringBuilder("select ");
    for (int i = 0; i < COLUMNS.size(); i++)
      sql.append(i > 0 ? ", " : "").append(COLUMNS.get(i).exportSql());
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    filter.appendTo(where, params, "e", true);
    AccountScope scope = caller.scope();
    if (!scope.isAll()) {
      where
          .append(" and e.account_id in (select a.id from account a where ")
          .append(scope.sql("a"))
          .append(")");
      params.putAll(scope.params());
    }
    sql.append(" from audit_event e")
        .append(where)
        .append(" order by e.occurred_at desc, e.id desc");
    NamedSql query = NamedSql.of(sql.toString(), params);
    return output -> {
      try (Connection conn = dataSource.getConnection()) {
        conn.setAutoCommit(false); // PostgreSQL only honours the fetch size inside a transaction
        conn.setReadOnly(true);
        try (PreparedStatement ps =
            conn.prepareStatement(
                query.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
          ps.setFetchSize(ExportService.FETCH_SIZE);
          query.bind(ps);
          RowWriter out =
              RowWriter.of(
                  format,
                  new BufferedWriter(
                      new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16),
                  COLUMNS,
                  mapper);
          out.header();
          try (ResultSet rs = ps.executeQuery()) {
            Object[] values = new Object[COLUMNS.size()];
            while (rs.next()) {
              for (int i = 0; i < values.length; i++)
                values[i] = ExportService.value(rs, i + 1, COLUMNS.get(i));
              out.row(values);
            }
          }
          out.finish();
        } finally {
          conn.rollback();
        }
      } catch (SQLException e) {
        throw new IllegalStateException("export of the audit trail failed", e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }
}
