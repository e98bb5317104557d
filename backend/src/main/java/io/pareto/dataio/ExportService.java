package io.pareto.dataio;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.pareto.account.AccountFilter;
import io.pareto.audit.AuditTrail;
import io.pareto.common.Months;
import io.pareto.common.ProblemException;
import io.pareto.common.SearchKey;
import io.pareto.dataset.Dataset;
import io.pareto.dataset.Tombstones;
import io.pareto.security.AccountScope;
import io.pareto.security.Caller;
import io.pareto.security.Role;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BI exports: one SQL query per export, read with a fetch size (a server-side cursor on PostgreSQL)
 * and written row by row to the response, so 1M rows start streaming at once and never sit in
 * memory. Scoped like every other read through {@link AccountScope}.
 */
@ApplicationScoped
public class ExportService {
  static final int FETCH_SIZE = 1000;

  private final AgroalDataSource dataSource;
  private final Caller caller;
  private final ObjectMapper mapper;
  private final Tombstones tombstones;
  private final AuditTrail audit;

  public ExportService(
      AgroalDataSource dataSource,
      Caller caller,
      ObjectMapper mapper,
      Tombstones tombstones,
      AuditTrail audit) {
    this.tombstones = tombstones;
    this.audit = audit;
    this.dataSource = dataSource;
    this.caller = caller;
    this.mapper = mapper;
  }

  /**
   * The rows of a dataset the caller may see, changed at or after {@code updatedSince} when given,
   * in id order, narrowed to the accounts matching {@code filter} (the account list's filters).
   * Users: administrators only, and no account filter. The query runs when the response is written.
   * With {@code includeDeleted}, the records deleted since then come first (so a client applying
   * the file in order never deletes a record re-created under the same externalId), marked by three
   * more columns (deleted, deletedAt, mergedInto).
   */
  public StreamingOutput export(
      Dataset dataset,
      ExportFormat format,
      Instant updatedSince,
      AccountFilter filter,
      boolean includeDeleted) {
    if (dataset == Dataset.USERS && !caller.hasRole(Role.ADMIN)) {
      throw ProblemException.forbidden("Only administrators may export users", null);
    }
    DatasetSpec spec = DatasetSpec.of(dataset);
    AccountScope scope =
        caller.scope(); // resolved now: the request scope is gone when the body is written
    StringBuilder sql = new StringBuilder("select ");
    for (int i = 0; i < spec.columns().size(); i++)
      sql.append(i > 0 ? ", " : "").append(spec.columns().get(i).exportSql());
    sql.append(" from ").append(spec.from()).append(" where ");
    String account = dataset == Dataset.ACCOUNTS ? "t" : "a";
    sql.append(!spec.scoped() ? "1 = 1" : scope.sql(account));
    Map<String, Object> params = new HashMap<>(scope.params());
    if (!spec.scoped() && isFiltered(filter)) {
      throw ProblemException.badRequest(
          "q", "account filters apply to accounts, contacts, facts and opportunities");
    }
    if (filter != null) appendAccountFilter(sql, params, filter, account);
    if (updatedSince != null) {
      sql.append(" and t.updated_at >= :updatedSince");
      params.put("updatedSince", OffsetDateTime.ofInstant(updatedSince, ZoneOffset.UTC));
    }
    sql.append(" order by t.id");
    NamedSql query = NamedSql.of(sql.toString(), params);
    if (includeDeleted) tombstones.requireRetained(updatedSince);
    NamedSql deletions = includeDeleted ? deletions(dataset, scope, updatedSince, spec) : null;
    List<Column> cols = includeDeleted ? withDeletion(spec.columns()) : spec.columns();
    AuditTrail.Stamp stamp = audit.stamp(); // taken now, like the scope
    Map<String, Object> filters = filters(filter, updatedSince);
    return output -> {
      long rows = 0;
      boolean complete = false;
      try (Connection conn = dataSource.getConnection()) {
        conn.setAutoCommit(false); // PostgreSQL only honours the fetch size inside a transaction
        conn.setReadOnly(true);
        try (PreparedStatement ps =
            conn.prepareStatement(
                query.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
          ps.setFetchSize(FETCH_SIZE);
          query.bind(ps);
          RowWriter out =
              RowWriter.of(
                  format,
                  new BufferedWriter(
                      new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16),
                  cols,
                  mapper);
          out.header();
          out.finish(); // the header leaves at once: first byte before the first row is read
          if (deletions != null) writeDeletions(conn, deletions, cols, out);
          try (ResultSet rs = ps.executeQuery()) {
            int read = spec.columns().size();
            Object[] values = new Object[cols.size()];
            if (includeDeleted) values[read] = false;
            while (rs.next()) {
              for (int i = 0; i < read; i++) values[i] = value(rs, i + 1, cols.get(i));
              out.row(values);
              rows++;
            }
          }
          out.finish();
          complete = true;
        } finally {
          conn.rollback();
          exported(stamp, dataset, format, filters, rows, complete);
        }
      } catch (SQLException e) {
        throw new IllegalStateException("export of " + dataset.path() + " failed", e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static List<Column> withDeletion(List<Column> columns) {
    List<Column> all = new java.util.ArrayList<>(columns);
    all.add(Column.readOnly("deleted", Column.Type.BOOL, null));
    all.add(Column.readOnly("deletedAt", Column.Type.INSTANT, null));
    all.add(Column.readOnly("mergedInto", Column.Type.INT, null));
    return all;
  }

  /**
   * The dataset's tombstones the caller may see, deleted at or after {@code since}, oldest first.
   */
  private NamedSql deletions(Dataset dataset, AccountScope scope, Instant since, DatasetSpec spec) {
    Map<String, Object> params = new HashMap<>(spec.scoped() ? scope.params() : Map.of());
    params.put("dataset", dataset.path());
    String sql =
        "select t.record_id, t.external_id, t.account_external_id, t.deleted_at, t.merged_into"
            + " from tombstone t"
            + " where t.dataset = :dataset and "
            + (spec.scoped() ? Tombstones.visible(scope) : "1 = 1");
    if (since != null) {
      sql += " and t.deleted_at >= :since";
      params.put("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
    }
    return NamedSql.of(sql + " order by t.deleted_at, t.id", params);
  }

  /**
   * A deleted record's row: its id and keys (where the dataset has them), deleted = true, when, and
   * the survivor's id when it was merged into another.
   */
  private static void writeDeletions(
      Connection conn, NamedSql query, List<Column> cols, RowWriter out)
      throws SQLException, IOException {
    int id = indexOf(cols, "id");
    int external = indexOf(cols, "externalId");
    int accountExternal = indexOf(cols, "accountExternalId");
    try (PreparedStatement ps = conn.prepareStatement(query.sql())) {
      ps.setFetchSize(FETCH_SIZE);
      query.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        Object[] values = new Object[cols.size()];
        values[cols.size() - 3] = true;
        while (rs.next()) {
          values[id] = rs.getLong("record_id");
          if (external >= 0) values[external] = rs.getString("external_id");
          if (accountExternal >= 0) values[accountExternal] = rs.getString("account_external_id");
          values[cols.size() - 2] =
              rs.getObject("deleted_at", OffsetDateTime.class).toInstant().toString();
          long into = rs.getLong("merged_into");
          values[cols.size() - 1] = rs.wasNull() ? null : into;
          out.row(values);
        }
      }
    }
  }

  private static int indexOf(List<Column> cols, String name) {
    for (int i = 0; i < cols.size(); i++) if (cols.get(i).name().equals(name)) return i;
    return -1;
  }

  /**
   * The EXPORT audit event: who took which dataset, with which filters, and how many rows left
   * (complete false when the download broke off). Written on its own connection after the stream:
   * the export reads in a read-only transaction that is rolled back.
   */
  private void exported(
      AuditTrail.Stamp stamp,
      Dataset dataset,
      ExportFormat format,
      Map<String, Object> filters,
      long rows,
      boolean complete) {
    Map<String, Object> what = new java.util.LinkedHashMap<>();
    what.put("dataset", dataset.path());
    what.put("format", format.name());
    what.put("filters", filters);
    what.put("rows", rows);
    what.put("complete", complete);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(AuditTrail.INSERT)) {
      ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
      ps.setString(2, stamp.actor());
      ps.setString(3, "EXPORT");
      ps.setString(4, dataset.path());
      ps.setNull(5, java.sql.Types.BIGINT);
      ps.setString(6, "EXPORT");
      ps.setString(7, audit.changesOf(what));
      ps.setString(8, stamp.requestId());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the audit event of an export could not be written", e);
    }
  }

  private static Map<String, Object> filters(AccountFilter f, Instant updatedSince) {
    Map<String, Object> m = new java.util.TreeMap<>();
    if (f != null) {
      if (f.q != null && !f.q.isBlank()) m.put("q", f.q.trim());
      if (f.category != null) m.put("category", f.category.name());
      if (f.industry != null) m.put("industry", f.industry);
      if (f.ownerId != null) m.put("ownerId", f.ownerId);
      if (f.kaKind != null) m.put("kaKind", f.kaKind.name());
      if (f.region != null) m.put("region", f.region);
    }
    if (updatedSince != null) m.put("updatedSince", updatedSince.toString());
    return m;
  }

  /** The same filters, with the same meaning, as GET /api/v1/accounts (AccountRepository.page). */
  private static void appendAccountFilter(
      StringBuilder sql, Map<String, Object> params, AccountFilter f, String a) {
    if (f.q != null && !f.q.isBlank()) {
      sql.append(" and (")
          .append(a)
          .append(".search_key like :q escape '\\' or lower(")
          .append(a)
          .append(".external_id) like :q escape '\\' or ")
          .append(a)
          .append(
              ".owner_id in (select u.id from app_user u where u.search_key like :q escape '\\'))");
      params.put("q", "%" + SearchKey.likeEscaped(SearchKey.normalise(f.q)) + "%");
    }
    equal(sql, params, a + ".category", "category", f.category == null ? null : f.category.name());
    equal(sql, params, a + ".industry_code", "industry", f.industry);
    equal(sql, params, a + ".owner_id", "ownerId", f.ownerId);
    equal(sql, params, a + ".ka_kind", "kaKind", f.kaKind == null ? null : f.kaKind.name());
    equal(sql, params, a + ".region", "region", f.region);
  }

  private static void equal(
      StringBuilder sql, Map<String, Object> params, String column, String name, Object value) {
    if (value == null) return;
    sql.append(" and ").append(column).append(" = :").append(name);
    params.put(name, value);
  }

  private static boolean isFiltered(AccountFilter f) {
    return f != null
        && ((f.q != null && !f.q.isBlank())
            || f.category != null
            || f.industry != null
            || f.ownerId != null
            || f.kaKind != null
            || f.region != null);
  }

  static Object value(ResultSet rs, int i, Column c) throws SQLException {
    return switch (c.type()) {
      case ID -> {
        long v = rs.getLong(i);
        yield rs.wasNull() ? null : v;
      }
      case INT -> {
        int v = rs.getInt(i);
        yield rs.wasNull() ? null : v;
      }
      case DECIMAL -> rs.getBigDecimal(i);
      case BOOL -> {
        boolean v = rs.getBoolean(i);
        yield rs.wasNull() ? null : v;
      }
      case DATE -> {
        LocalDate d = rs.getObject(i, LocalDate.class);
        yield d == null ? null : d.toString();
      }
      case MONTH -> {
        LocalDate d = rs.getObject(i, LocalDate.class);
        yield d == null ? null : Months.format(d);
      }
      case INSTANT -> {
        OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
        yield t == null ? null : t.toInstant().toString();
      }
      default -> rs.getString(i);
    };
  }
}
