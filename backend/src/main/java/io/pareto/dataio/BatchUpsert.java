package io.pareto.dataio;

import io.pareto.audit.AuditTrail;
import io.pareto.common.Problem.RowError.Code;
import io.pareto.dataio.ImportRun.Parsed;
import io.pareto.dataset.Dataset;
import io.pareto.security.OwnerRule;
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
 * The portable upsert (H2): per chunk, one query for the stored records the rows name, then batched
 * INSERTs and UPDATEs on the transaction's connection.
 */
final class BatchUpsert implements ImportRun.Upsert {
  /**
   * A stored record: its id, its values in the order of the run's columns, and whether the caller
   * may see it.
   */
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
        run.forbid(
            p.number(),
            spec.keyColumns().get(0),
            String.valueOf(p.key()),
            Code.NOT_VISIBLE,
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
    if (!run.dryRun && run.errors.isEmpty()) {
      auditOwnerChanges(updates, existing);
      write(inserts, updates);
    }
  }

  @Override
  public void finish() {
    // every chunk was written as it came
  }

  /**
   * A blank owner keeps the stored one (or is the caller on create); a named one must pass the
   * owner rule ({@link io.pareto.security.OwnerPolicy}). Teams come from the users map loaded once
   * per import.
   */
  private boolean ownersAllowed(Parsed p, Existing e) {
    for (int i = 0; i < cols.size(); i++) {
      if (cols.get(i).type() != Column.Type.USER) continue;
      Long current = e == null ? run.callerId : (Long) e.values()[i];
      if (p.values()[i] == null) p.values()[i] = current;
      Long owner = (Long) p.values()[i];
      if (Cells.same(owner, current)) continue;
      Map<Long, Long> teams = run.refs().userTeams();
      OwnerRule.Verdict v =
          run.owners.judge(
              e == null,
              current,
              current == null ? null : teams.get(current),
              owner,
              teams.get(owner));
      if (v != null) {
        run.forbid(p.number(), cols.get(i).name(), null, v.code, v.message());
        return false;
      }
    }
    return true;
  }

  /**
   * One OWNER_CHANGE event per updated record whose owner changes, as for a change through the API.
   */
  private void auditOwnerChanges(List<Object[]> updates, Map<Object, Existing> existing)
      throws SQLException {
    int owner = ownerIndex();
    if (owner < 0) return;
    int account = spec.dataset() == Dataset.ACCOUNTS ? -1 : run.indexOf("account_id");
    Map<Long, String> names = run.refs().userNames();
    try (PreparedStatement ps = run.conn.prepareStatement(AUDIT_INSERT)) {
      int n = 0;
      for (Object[] u : updates) {
        Existing e = existing.get(run.key(Arrays.copyOf(u, cols.size())));
        Long before = (Long) e.values()[owner];
        Long after = (Long) u[owner];
        if (Cells.same(before, after)) continue;
        long id = (Long) u[cols.size()];
        ps.setObject(1, run.stamp.at().atOffset(ZoneOffset.UTC));
        ps.setString(2, run.stamp.actor());
        ps.setString(3, run.auditType());
        ps.setString(4, String.valueOf(id));
        ps.setObject(5, account < 0 ? id : u[account]);
        ps.setString(6, AuditTrail.OWNER_CHANGE);
        ps.setString(7, ownerChange(before, after, names));
        ps.setString(8, run.stamp.requestId());
        ps.addBatch();
        n++;
      }
      if (n > 0) ps.executeBatch();
    }
  }

  private static final String AUDIT_INSERT = AuditTrail.INSERT;

  private int ownerIndex() {
    for (int i = 0; i < cols.size(); i++) if (cols.get(i).type() == Column.Type.USER) return i;
    return -1;
  }

  /** {"ownerId": [before, after], "ownerName": [before, after]}, as AuditTrail writes it. */
  private static String ownerChange(Long before, Long after, Map<Long, String> names) {
    return "{\"ownerId\":["
        + before
        + ","
        + after
        + "],\"ownerName\":["
        + json(names.get(before))
        + ","
        + json(names.get(after))
        + "]}";
  }

  private static String json(String s) {
    if (s == null) return "null";
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
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
    sql.append(", case when ")
        .append(run.visibleSql())
        .append(" then 1 else 0 end as visible from ")
        .append(spec.table())
        .append(" t");
    if (spec.scoped() && spec.dataset() != Dataset.ACCOUNTS)
      sql.append(" join account a on a.id = t.account_id");
    sql.append(" where ")
        .append(keySql)
        .append(" in (")
        .append("?,".repeat(probe.size() - 1))
        .append("?)");
    NamedSql q = NamedSql.of(sql.toString(), run.scope.params());
    try (PreparedStatement ps = run.conn.prepareStatement(q.sql())) {
      int i = q.bind(ps);
      for (Object k : probe) ps.setObject(i++, k);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Object[] values = new Object[cols.size()];
          for (int c = 0; c < cols.size(); c++) values[c] = Cells.read(rs, c + 2, cols.get(c));
          out.put(
              run.key(values), new Existing(rs.getLong("id"), values, rs.getInt("visible") == 1));
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
      sql.append("created_at, updated_at, version) values (")
          .append("?, ".repeat(cols.size()))
          .append("?, ?, 0)");
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
