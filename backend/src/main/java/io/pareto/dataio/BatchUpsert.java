package io.pareto.dataio;

import io.pareto.common.Problem.RowError.Code;
import io.pareto.dataio.ImportRun.Parsed;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The portable upsert (H2): per chunk, one query for the stored records the rows name, then
 * batched INSERTs and UPDATEs on the transaction's connection.
 */
final class BatchUpsert implements ImportRun.Upsert {
  /** A stored record: its id, its values in the order of the run's columns, and whether the caller may see it. */
  private record Existing(long id, Object[] values, boolean visible) {}

  private final ImportRun run;
  private final DatasetSpec spec;
  private final List<Column> cols;

  BatchUpsert(ImportRun run) {
    this.run = run;
    this.spec = run.spec;
    this.cols = run.cols;
  }

  @Override
  public void chunk(List<Parsed> parsed) throws SQLException {
    Map<Object, Existing> existing = loadExisting(parsed);
    List<Parsed> inserts = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    for (Parsed p : parsed) {
      Existing e = existing.get(p.key());
      if (e != null && !e.visible()) {
        run.forbid(p.number(), spec.keyColumns().get(0), String.valueOf(p.key()), Code.NOT_VISIBLE,
            "belongs to an account you may not see");
        continue;
      }
      if (!ownersAllowed(p, e)) continue;
      if (e == null) {
        run.created++;
        inserts.add(p);
      } else if (sameAs(p.values(), e.values())) {
        run.unchanged++;
      } else {
        run.updated++;
        Object[] u = Arrays.copyOf(p.values(), cols.size() + 1);
        u[cols.size()] = e.id();
        updates.add(u);
      }
    }
    if (!run.dryRun && run.errors.isEmpty()) write(inserts, updates);
  }

  @Override
  public void finish() {
    // every chunk was written as it came
  }

  /** A blank owner keeps the stored one (or is the caller on create); a rep may only name themselves. */
  private boolean ownersAllowed(Parsed p, Existing e) {
    for (int i = 0; i < cols.size(); i++) {
      if (cols.get(i).type() != Column.Type.USER) continue;
      Object stored = e == null ? null : e.values()[i];
      if (p.values()[i] == null) p.values()[i] = e == null ? run.callerId : stored;
      Object owner = p.values()[i];
      if (!run.mayAssignOwners && !Cells.same(owner, stored) && !Cells.same(owner, run.callerId)) {
        run.forbid(p.number(), cols.get(i).name(), null, Code.ASSIGN_SELF_ONLY,
            "you may only assign records to yourself");
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
      int acc = run.indexOf("account_id");
      parsed.forEach(p -> probe.add(p.values()[acc]));
      keySql = "t.account_id";
    } else {
      parsed.forEach(p -> probe.add(p.key()));
      keySql = "t." + spec.key().dbColumn();
    }
    StringBuilder sql = new StringBuilder("select t.id");
    cols.forEach(c -> sql.append(", t.").append(c.dbColumn()));
    sql.append(", case when ").append(run.visibleSql()).append(" then 1 else 0 end from ")
        .append(spec.table()).append(" t");
    if (spec.scoped() && spec.dataset() != Dataset.ACCOUNTS) sql.append(" join account a on a.id = t.account_id");
    sql.append(" where ").append(keySql).append(" in (").append("?,".repeat(probe.size() - 1)).append("?)");
    NamedSql q = NamedSql.of(sql.toString(), run.scope.params());
    try (PreparedStatement ps = run.conn.prepareStatement(q.sql())) {
      int i = q.bind(ps);
      for (Object k : probe) ps.setObject(i++, k);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Object[] values = new Object[cols.size()];
          for (int c = 0; c < cols.size(); c++) values[c] = Cells.read(rs, c + 2, cols.get(c));
          out.put(run.key(values), new Existing(rs.getLong(1), values, rs.getInt(cols.size() + 2) == 1));
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
      try (PreparedStatement ps = run.conn.prepareStatement(sql.toString())) {
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
      try (PreparedStatement ps = run.conn.prepareStatement(sql.toString())) {
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
}
