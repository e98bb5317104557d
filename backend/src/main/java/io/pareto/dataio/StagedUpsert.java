package io.pareto.dataio;

import io.pareto.audit.AuditTrail;
import io.pareto.common.Problem.RowError.Code;
import io.pareto.dataio.ImportRun.Parsed;
import io.pareto.dataset.Dataset;
import io.pareto.security.OwnerRule;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The PostgreSQL upsert: the valid rows go by COPY into a temporary staging table; at the end one
 * join against the stored records finds the rows the caller may not touch and counts created /
 * updated / unchanged, then one UPDATE … FROM and one INSERT … SELECT write them. A row-by-row
 * comparison in Java and a round trip per chunk are what made the batched path slow.
 */
final class StagedUpsert implements ImportRun.Upsert {
  private static final Logger LOG = Logger.getLogger(StagedUpsert.class);
  private static final String STAGE = "import_stage";

  /**
   * Rows are sent in COPYs of about this many bytes (the connection is needed for lookups in
   * between).
   */
  private static final int COPY_BYTES = 4 << 20;

  private final ImportRun run;
  private final DatasetSpec spec;
  private final List<Column> cols;
  private final StringBuilder buf = new StringBuilder(COPY_BYTES + (64 << 10));
  private final Map<String, Object> params = new HashMap<>();
  private long staged;
  private long copyNanos;

  StagedUpsert(ImportRun run) throws SQLException {
    this.run = run;
    this.spec = run.spec;
    this.cols = run.cols;
    params.putAll(run.scope.params());
    params.put("importCaller", run.callerId);
    params.putAll(run.owners.params());
    try (Statement st = run.conn.createStatement()) {
      // the table's own column types; dropped with the transaction, whether it commits or not
      st.execute(
          "create temp table "
              + STAGE
              + " on commit drop as select cast(0 as bigint) as row_no, "
              + cols.stream().map(c -> "t." + c.dbColumn()).collect(Collectors.joining(", "))
              + " from "
              + spec.table()
              + " t with no data");
    }
  }

  @Override
  public void chunk(List<Parsed> rows) throws SQLException {
    for (Parsed p : rows) {
      buf.append(p.number());
      for (Object v : p.values()) {
        buf.append('\t');
        text(v);
      }
      buf.append('\n');
    }
    staged += rows.size();
    if (buf.length() >= COPY_BYTES) flush();
  }

  /** COPY's text format: \N is null; backslash, tab and line breaks are escaped. */
  private void text(Object v) {
    if (v == null) buf.append("\\N");
    else if (v instanceof String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> buf.append("\\\\");
          case '\t' -> buf.append("\\t");
          case '\n' -> buf.append("\\n");
          case '\r' -> buf.append("\\r");
          default -> buf.append(c);
        }
      }
    } else if (v instanceof BigDecimal d) buf.append(d.toPlainString());
    else if (v instanceof Boolean b) buf.append(b ? 't' : 'f');
    else buf.append(v); // Long, Integer, LocalDate (ISO)
  }

  private void flush() throws SQLException {
    if (buf.isEmpty()) return;
    long t = System.nanoTime();
    byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
    buf.setLength(0);
    CopyIn copy =
        run.conn.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + STAGE + " from stdin");
    copy.writeToCopy(bytes, 0, bytes.length);
    copy.endCopy();
    copyNanos += System.nanoTime() - t;
  }

  @Override
  public void finish() throws SQLException {
    long t0 = System.nanoTime();
    flush();
    if (staged == 0) return;
    try (Statement st = run.conn.createStatement()) {
      st.execute(
          "analyze " + STAGE); // temporary tables are never auto-analyzed: the planner would guess
      // the join with the stored records hashes up to millions of keys: in memory, not in 32
      // batches on
      // disk as with the default 4 MB; for this transaction only
      st.execute("set local work_mem = '64MB'");
    }
    long t1 = System.nanoTime();
    if (needsChecks()) check();
    if (!run.errors.isEmpty()) return; // rejected: the counts and the writes would be thrown away
    count();
    long t2 = System.nanoTime();
    if (!run.dryRun) write();
    long t3 = System.nanoTime();
    LOG.infof(
        "import of %d %s rows: COPY %d ms in all, last COPY and ANALYZE %d ms, checked and counted in %d ms, "
            + "written in %d ms",
        staged,
        spec.dataset().path(),
        copyNanos / 1_000_000,
        (t1 - t0) / 1_000_000,
        (t2 - t1) / 1_000_000,
        (t3 - t2) / 1_000_000);
  }

  /**
   * Stored records of accounts out of scope, or owners the caller may not assign. Facts name their
   * account by key.
   */
  private boolean needsChecks() {
    boolean visibility = spec.scoped() && !run.scope.isAll() && !spec.compositeKey();
    return visibility || !ownerChecks().isEmpty();
  }

  /**
   * One refused owner change: the column, why, and when (SQL over the staged row s and the stored
   * record t).
   */
  private record OwnerCheck(Column column, OwnerRule.Verdict verdict, String sql) {}

  private List<OwnerCheck> ownerChecks() {
    List<OwnerCheck> out = new java.util.ArrayList<>();
    for (Column c : cols) {
      if (c.type() != Column.Type.USER) continue;
      for (OwnerRule.Verdict v : OwnerRule.Verdict.values()) {
        String sql =
            run.owners.refusedSql(
                v, "s." + c.dbColumn(), "t." + c.dbColumn(), "(t.id is not null)");
        if (sql != null) out.add(new OwnerCheck(c, v, sql));
      }
    }
    return out;
  }

  /** The stored record {@code t} with the staged row {@code s}'s key. */
  private String on() {
    return spec.keyColumns().stream()
        .map(k -> spec.column(k).orElseThrow().dbColumn())
        .map(c -> "t." + c + " = s." + c)
        .collect(Collectors.joining(" and "));
  }

  private String joined() {
    return STAGE
        + " s left join "
        + spec.table()
        + " t on "
        + on()
        + (spec.scoped() && spec.dataset() != Dataset.ACCOUNTS
            ? " left join account a on a.id = t.account_id"
            : "");
  }

  private void check() throws SQLException {
    String hidden = "(t.id is not null and not " + run.visibleSql() + ")";
    Column key = spec.key();
    List<OwnerCheck> owners = ownerChecks();
    StringBuilder sql =
        new StringBuilder("select s.row_no, s.")
            .append(key.dbColumn())
            .append(" as key_value, case when ")
            .append(hidden)
            .append(" then 1 else 0 end as hidden");
    // owner_refused_<i>: the i-th owner check refuses the row
    for (int i = 0; i < owners.size(); i++)
      sql.append(", case when ")
          .append(owners.get(i).sql())
          .append(" then 1 else 0 end as owner_refused_")
          .append(i);
    sql.append(" from ").append(joined()).append(" where ").append(hidden);
    owners.forEach(c -> sql.append(" or ").append(c.sql()));
    sql.append(" order by s.row_no");
    NamedSql q = NamedSql.of(sql.toString(), params);
    try (PreparedStatement ps = run.conn.prepareStatement(q.sql())) {
      q.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (rs.getInt("hidden") == 1) {
            run.forbid(
                rs.getLong("row_no"),
                key.name(),
                rs.getString("key_value"),
                Code.NOT_VISIBLE,
                "belongs to an account you may not see");
            continue;
          }
          for (int i = 0; i < owners.size(); i++) {
            if (rs.getInt("owner_refused_" + i) == 1) {
              OwnerCheck c = owners.get(i);
              run.forbid(
                  rs.getLong("row_no"),
                  c.column().name(),
                  null,
                  c.verdict().code,
                  c.verdict().message());
              break;
            }
          }
        }
      }
    }
  }

  /** Same as stored: every column equal, a blank owner keeping the stored one. */
  private String same() {
    return cols.stream()
        .map(
            c ->
                c.type() == Column.Type.USER
                    ? "coalesce(s."
                        + c.dbColumn()
                        + ", t."
                        + c.dbColumn()
                        + ") is not distinct from t."
                        + c.dbColumn()
                    : "s." + c.dbColumn() + " is not distinct from t." + c.dbColumn())
        .collect(Collectors.joining(" and ", "(", ")"));
  }

  private void count() throws SQLException {
    try (Statement st = run.conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select count(*) as staged, count(t.id) as stored, count(case when t.id is not null"
                    + " and "
                    + same()
                    + " then 1 end) as unchanged from "
                    + joined())) {
      rs.next();
      run.created = rs.getLong("staged") - rs.getLong("stored");
      run.unchanged = rs.getLong("unchanged");
      run.updated = rs.getLong("stored") - run.unchanged;
    }
  }

  private void write() throws SQLException {
    params.put("importNow", OffsetDateTime.now(ZoneOffset.UTC));
    if (run.updated > 0) {
      auditOwnerChanges();
      String set =
          cols.stream()
              .map(
                  c ->
                      c.dbColumn()
                          + " = "
                          + (c.type() == Column.Type.USER
                              ? "coalesce(s." + c.dbColumn() + ", t." + c.dbColumn() + ")"
                              : "s." + c.dbColumn()))
              .collect(Collectors.joining(", "));
      execute(
          "update "
              + spec.table()
              + " t set "
              + set
              + ", updated_at = cast(:importNow as timestamptz), version = t.version + 1 from "
              + STAGE
              + " s where "
              + on()
              + " and not "
              + same());
    }
    if (run.created > 0) {
      String values =
          cols.stream()
              .map(
                  c ->
                      c.type() == Column.Type.USER
                          ? "coalesce(s." + c.dbColumn() + ", :importCaller)"
                          : "s." + c.dbColumn())
              .collect(Collectors.joining(", "));
      execute(
          "insert into "
              + spec.table()
              + " ("
              + cols.stream().map(Column::dbColumn).collect(Collectors.joining(", "))
              + ", created_at, updated_at, version) select "
              + values
              + ", cast(:importNow as timestamptz), cast(:importNow as timestamptz), 0 from "
              + STAGE
              + " s"
              + (run.created == staged
                  ? ""
                  : " where not exists (select 1 from " + spec.table() + " t where " + on() + ")"));
    }
  }

  /**
   * One OWNER_CHANGE event per stored record whose owner the import changes, in one INSERT …
   * SELECT.
   */
  private void auditOwnerChanges() throws SQLException {
    Column owner = cols.stream().filter(c -> c.type() == Column.Type.USER).findFirst().orElse(null);
    if (owner == null) return;
    String o = owner.dbColumn();
    params.put("auditAt", run.stamp.at().atOffset(ZoneOffset.UTC));
    params.put("auditActor", run.stamp.actor());
    params.put("auditType", run.auditType());
    params.put("auditRequest", run.stamp.requestId());
    execute(
        "insert into audit_event (occurred_at, actor, entity_type, entity_id, account_id, action, changes, "
            + "request_id) select cast(:auditAt as timestamptz), cast(:auditActor as varchar), cast(:auditType as varchar), "
            + "cast(t.id as varchar), "
            + (spec.dataset() == Dataset.ACCOUNTS ? "t.id" : "t.account_id")
            + ", '"
            + AuditTrail.OWNER_CHANGE
            + "', json_build_object('ownerId', json_build_array(t."
            + o
            + ", s."
            + o
            + "), 'ownerName', json_build_array(ob.name, oa.name))::text, cast(:auditRequest as varchar) from "
            + STAGE
            + " s join "
            + spec.table()
            + " t on "
            + on()
            + " left join app_user ob on ob.id = t."
            + o
            + " left join app_user oa on oa.id = s."
            + o
            + " where s."
            + o
            + " is not null and s."
            + o
            + " is distinct from t."
            + o
            + " order by t.id");
  }

  private void execute(String sql) throws SQLException {
    NamedSql q = NamedSql.of(sql, params);
    try (PreparedStatement ps = run.conn.prepareStatement(q.sql())) {
      q.bind(ps);
      ps.execute();
    }
  }
}
