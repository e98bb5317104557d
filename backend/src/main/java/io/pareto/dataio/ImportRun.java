package io.pareto.dataio;

import io.pareto.common.Problem.RowError;
import io.pareto.security.AccountScope;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One import, chunk by chunk: read up to {@value #CHUNK} rows, resolve their references and
 * existing records with one query each, then batch-insert and batch-update them on the
 * transaction's connection. Only the current chunk and the keys seen so far stay in memory.
 * After the first bad row nothing more is written and the caller rolls the transaction back.
 */
final class ImportRun {
  static final int CHUNK = 1000;
  static final int MAX_ERRORS = 1000;

  /** A valid row, its values in the order of {@link #cols}. */
  private record Parsed(long number, Object[] values, Object key) {}

  /** A stored record: its id, its values in the order of {@link #cols}, and whether the caller may see it. */
  private record Existing(long id, Object[] values, boolean visible) {}

  private final DatasetSpec spec;
  private final Connection conn;
  private final AccountScope scope;
  private final Long callerId;
  private final boolean mayAssignOwners;
  private final boolean dryRun;
  private final References refs;
  private final List<Column> cols;
  private final Set<Object> seenKeys = new HashSet<>();
  final List<RowError> errors = new ArrayList<>();
  long badCells;
  boolean forbidden;
  long rows, created, updated, unchanged;

  ImportRun(DatasetSpec spec, Connection conn, AccountScope scope, Long callerId, boolean mayAssignOwners,
      boolean dryRun) {
    this.spec = spec;
    this.conn = conn;
    this.scope = scope;
    this.callerId = callerId;
    this.mayAssignOwners = mayAssignOwners;
    this.dryRun = dryRun;
    this.refs = new References(conn, scope);
    this.cols = spec.writable().toList();
  }

  void run(RowSource source, List<String> csvHeader) throws IOException, SQLException {
    if (csvHeader != null && !checkHeader(csvHeader)) return;
    List<RowSource.Row> chunk = new ArrayList<>(CHUNK);
    for (RowSource.Row r = source.next(); r != null; r = source.next()) {
      rows++;
      chunk.add(r);
      if (chunk.size() == CHUNK) {
        process(chunk, csvHeader == null);
        chunk.clear();
      }
    }
    if (!chunk.isEmpty()) process(chunk, csvHeader == null);
  }

  private boolean checkHeader(List<String> header) {
    Set<String> seen = new HashSet<>();
    for (String h : header) {
      if (spec.column(h).isEmpty()) error(0, h, null, "unknown column; see docs/api-guide.md for the columns");
      else if (!seen.add(h)) error(0, h, null, "column appears twice");
    }
    spec.writable().filter(c -> c.required() && !header.contains(c.name()))
        .forEach(c -> error(0, c.name(), null, "required column is missing"));
    return errors.isEmpty();
  }

  private void process(List<RowSource.Row> chunk, boolean checkNames) throws SQLException {
    Map<String, Long> accounts = refs.accounts(chunk, cols);
    List<Parsed> parsed = new ArrayList<>(chunk.size());
    for (RowSource.Row r : chunk) {
      if (checkNames) {
        r.cells().keySet().stream().filter(n -> spec.column(n).isEmpty())
            .forEach(n -> error(r.number(), n, null, "unknown field; see docs/api-guide.md for the fields"));
      }
      Parsed p = parse(r, accounts);
      if (p != null) parsed.add(p);
    }
    Map<Object, Existing> existing = loadExisting(parsed);
    List<Parsed> inserts = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    for (Parsed p : parsed) {
      Existing e = existing.get(p.key());
      if (e != null && !e.visible()) {
        forbid(p.number(), spec.keyColumns().get(0), String.valueOf(p.key()), "belongs to an account you may not see");
        continue;
      }
      if (!ownersAllowed(p, e)) continue;
      if (e == null) {
        created++;
        inserts.add(p);
      } else if (sameAs(p.values(), e.values())) {
        unchanged++;
      } else {
        updated++;
        Object[] u = java.util.Arrays.copyOf(p.values(), cols.size() + 1);
        u[cols.size()] = e.id();
        updates.add(u);
      }
    }
    if (!dryRun && errors.isEmpty()) write(inserts, updates);
  }

  private Parsed parse(RowSource.Row r, Map<String, Long> accounts) {
    Object[] values = new Object[cols.size()];
    boolean ok = true;
    for (int i = 0; i < cols.size(); i++) {
      Column c = cols.get(i);
      String raw = r.cells().get(c.name());
      if (raw == null || raw.isBlank()) {
        if (c.required()) { error(r.number(), c.name(), raw, "required"); ok = false; }
        else if (c.type() == Column.Type.BOOL) values[i] = Boolean.TRUE; // active by default
        continue;
      }
      try {
        Object v = Cells.parse(c, raw);
        values[i] = switch (c.type()) {
          case ACCOUNT -> refs.require(accounts.get((String) v), "no account with this externalId that you may see");
          case USER -> refs.require(refs.users().get(((String) v).toLowerCase(java.util.Locale.ROOT)), "no such user");
          case TEAM -> refs.require(refs.teams().get((String) v), "no such team");
          case INDUSTRY -> refs.require(refs.industries().contains(v) ? v : null, "unknown industry code");
          default -> v;
        };
      } catch (Cells.Invalid e) {
        error(r.number(), c.name(), raw, e.getMessage());
        ok = false;
      }
    }
    if (!ok) return null;
    Object key = key(values);
    if (!seenKeys.add(key)) {
      error(r.number(), spec.keyColumns().get(0), r.cells().get(spec.keyColumns().get(0)),
          "duplicate key: an earlier row of this file has the same " + String.join(" + ", spec.keyColumns()));
      return null;
    }
    return new Parsed(r.number(), values, key);
  }

  /** externalId / email; for facts account id and month packed into one long to keep 1M keys small. */
  private Object key(Object[] values) {
    if (!spec.compositeKey()) return values[cols.indexOf(spec.key())];
    long account = (Long) values[indexOf("account_id")];
    LocalDate month = (LocalDate) values[indexOf("fact_month")];
    return (account << 20) | (month.getYear() * 12L + month.getMonthValue());
  }

  private int indexOf(String dbColumn) {
    for (int i = 0; i < cols.size(); i++) if (cols.get(i).dbColumn().equals(dbColumn)) return i;
    throw new IllegalArgumentException(dbColumn);
  }

  /** A blank owner keeps the stored one (or is the caller on create); a rep may only name themselves. */
  private boolean ownersAllowed(Parsed p, Existing e) {
    for (int i = 0; i < cols.size(); i++) {
      if (cols.get(i).type() != Column.Type.USER) continue;
      Object stored = e == null ? null : e.values()[i];
      if (p.values()[i] == null) p.values()[i] = e == null ? callerId : stored;
      Object owner = p.values()[i];
      if (!mayAssignOwners && !Cells.same(owner, stored) && !Cells.same(owner, callerId)) {
        forbid(p.number(), cols.get(i).name(), null, "you may only assign records to yourself");
        return false;
      }
    }
    return true;
  }

  private boolean sameAs(Object[] a, Object[] b) {
    for (int i = 0; i < a.length; i++) if (!Cells.same(a[i], b[i])) return false;
    return true;
  }

  private Map<Object, Existing> loadExisting(List<Parsed> parsed) throws SQLException {
    Map<Object, Existing> out = new HashMap<>();
    if (parsed.isEmpty()) return out;
    Set<Object> probe = new LinkedHashSet<>();
    String keySql;
    if (spec.compositeKey()) {
      int acc = indexOf("account_id");
      parsed.forEach(p -> probe.add(p.values()[acc]));
      keySql = "t.account_id";
    } else {
      parsed.forEach(p -> probe.add(p.key()));
      keySql = "t." + spec.key().dbColumn();
    }
    StringBuilder sql = new StringBuilder("select t.id");
    cols.forEach(c -> sql.append(", t.").append(c.dbColumn()));
    String visible = !spec.scoped() ? "1 = 1" : spec.dataset() == Dataset.ACCOUNTS ? scope.sql("t") : scope.sql("a");
    sql.append(", case when ").append(visible).append(" then 1 else 0 end from ").append(spec.table()).append(" t");
    if (spec.scoped() && spec.dataset() != Dataset.ACCOUNTS) sql.append(" join account a on a.id = t.account_id");
    sql.append(" where ").append(keySql).append(" in (").append("?,".repeat(probe.size() - 1)).append("?)");
    NamedSql q = NamedSql.of(sql.toString(), scope.params());
    try (PreparedStatement ps = conn.prepareStatement(q.sql())) {
      int i = q.bind(ps);
      for (Object k : probe) ps.setObject(i++, k);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Object[] values = new Object[cols.size()];
          for (int c = 0; c < cols.size(); c++) values[c] = Cells.read(rs, c + 2, cols.get(c));
          out.put(key(values), new Existing(rs.getLong(1), values, rs.getInt(cols.size() + 2) == 1));
        }
      }
    }
    return out;
  }

  private void write(List<Parsed> inserts, List<Object[]> updates) throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    if (!inserts.isEmpty()) {
      StringBuilder sql = new StringBuilder("insert into ").append(spec.table()).append(" (");
      cols.forEach(c -> sql.append(c.dbColumn()).append(", "));
      sql.append("created_at, updated_at, version) values (").append("?, ".repeat(cols.size())).append("?, ?, 0)");
      try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
        for (Parsed p : inserts) {
          for (int i = 0; i < cols.size(); i++) ps.setObject(i + 1, p.values()[i]);
          ps.setObject(cols.size() + 1, now);
          ps.setObject(cols.size() + 2, now);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    if (!updates.isEmpty()) {
      StringBuilder sql = new StringBuilder("update ").append(spec.table()).append(" set ");
      cols.forEach(c -> sql.append(c.dbColumn()).append(" = ?, "));
      sql.append("updated_at = ?, version = version + 1 where id = ?");
      try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
        for (Object[] u : updates) {
          for (int i = 0; i < cols.size(); i++) ps.setObject(i + 1, u[i]);
          ps.setObject(cols.size() + 1, now);
          ps.setObject(cols.size() + 2, u[cols.size()]);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
  }

  private void error(long row, String column, String value, String message) {
    badCells++;
    if (errors.size() < MAX_ERRORS) errors.add(new RowError(row, column, value, message));
  }

  private void forbid(long row, String column, String value, String message) {
    forbidden = true;
    error(row, column, value, message);
  }
}
