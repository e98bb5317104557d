package io.pareto.dataio;

import io.pareto.audit.AuditTrail;
import io.pareto.common.Problem.RowError;
import io.pareto.common.Problem.RowError.Code;
import io.pareto.dataset.Dataset;
import io.pareto.security.AccountScope;
import io.pareto.security.OwnerRule;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;

/**
 * One import, chunk by chunk: read up to {@value #CHUNK} rows, resolve their references with one
 * query, parse and validate them, and hand the valid rows to the {@link Upsert} that compares them
 * with the stored records and writes them (JDBC batches, or COPY + set-based SQL on PostgreSQL).
 * Only the current chunk and the keys seen so far stay in memory. Every bad row is reported (up to
 * {@value #MAX_ERRORS}); after the first one nothing is written and the caller rolls back.
 */
final class ImportRun {
  static final int CHUNK = 1000;
  static final int MAX_ERRORS = 1000;

  /** A valid row, its values in the order of {@link #cols}. */
  record Parsed(long number, Object[] values, Object key) {}

  final DatasetSpec spec;
  final Connection conn;
  final AccountScope scope;
  final Long callerId;

  /** Who the caller may name as owner; the same rule as the REST path. */
  final OwnerRule owners;

  /** Who and when, for the audit events of owner changes. */
  final AuditTrail.Stamp stamp;

  final boolean dryRun;
  final List<Column> cols;
  private final References refs;
  private final Upsert upsert;

  /** An account import's dry run lists likely duplicates; null otherwise. */
  final ImportDuplicates duplicates;

  private final Set<Object> seenKeys = new HashSet<>();
  final List<RowError> errors = new ArrayList<>();
  long badCells;
  boolean forbidden;
  long rows, created, updated, unchanged;

  /** Where the time goes, for the log line of {@link ImportService}. */
  long referenceNanos, upsertNanos;

  ImportRun(
      DatasetSpec spec,
      Connection conn,
      AccountScope scope,
      Long callerId,
      OwnerRule owners,
      AuditTrail.Stamp stamp,
      boolean dryRun)
      throws SQLException {
    this.spec = spec;
    this.conn = conn;
    this.scope = scope;
    this.callerId = callerId;
    this.owners = owners;
    this.stamp = stamp;
    this.dryRun = dryRun;
    this.refs = new References(conn, scope);
    this.cols = spec.writable().toList();
    this.upsert =
        conn.isWrapperFor(PGConnection.class) ? new StagedUpsert(this) : new BatchUpsert(this);
    this.duplicates =
        dryRun && spec.dataset() == Dataset.ACCOUNTS ? new ImportDuplicates(conn, scope) : null;
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
    long t = System.nanoTime();
    upsert.finish();
    upsertNanos += System.nanoTime() - t;
    errors.sort(
        Comparator.comparingLong(
            RowError::rowNumber)); // stable: a row's errors keep their column order
  }

  private boolean checkHeader(List<String> header) {
    Set<String> seen = new HashSet<>();
    for (String h : header) {
      if (spec.column(h).isEmpty()) {
        error(
            0,
            h,
            null,
            Code.UNKNOWN_COLUMN,
            "unknown column; see docs/api-guide.md for the columns");
      } else if (!seen.add(h)) {
        error(0, h, null, Code.DUPLICATE_COLUMN, "column appears twice");
      }
    }
    spec.writable()
        .filter(c -> c.required() && !header.contains(c.name()))
        .forEach(c -> error(0, c.name(), null, Code.MISSING_COLUMN, "required column is missing"));
    return errors.isEmpty();
  }

  private void process(List<RowSource.Row> chunk, boolean checkNames) throws SQLException {
    long t = System.nanoTime();
    Map<String, Long> accounts = refs.accounts(chunk, cols);
    referenceNanos += System.nanoTime() - t;
    List<Parsed> parsed = new ArrayList<>(chunk.size());
    for (RowSource.Row r : chunk) {
      if (checkNames) {
        r.cells().keySet().stream()
            .filter(n -> spec.column(n).isEmpty())
            .forEach(
                n ->
                    error(
                        r.number(),
                        n,
                        null,
                        Code.UNKNOWN_FIELD,
                        "unknown field; see docs/api-guide.md for the fields"));
      }
      Parsed p = parse(r, accounts);
      if (p != null) parsed.add(p);
    }
    if (duplicates != null) duplicates.chunk(candidates(parsed));
    t = System.nanoTime();
    upsert.chunk(parsed);
    upsertNanos += System.nanoTime() - t;
  }

  private List<ImportDuplicates.Candidate> candidates(List<Parsed> parsed) {
    int ext = index("externalId");
    int name = index("name");
    int code = index("creditCode");
    return parsed.stream()
        .map(
            p ->
                new ImportDuplicates.Candidate(
                    p.number(),
                    (String) p.values()[ext],
                    (String) p.values()[name],
                    (String) p.values()[code]))
        .toList();
  }

  private int index(String column) {
    for (int i = 0; i < cols.size(); i++) if (cols.get(i).name().equals(column)) return i;
    throw new IllegalStateException("no column " + column);
  }

  private Parsed parse(RowSource.Row r, Map<String, Long> accounts) {
    Object[] values = new Object[cols.size()];
    boolean ok = r.problems().isEmpty();
    Set<String> unreadable = r.problems().isEmpty() ? Set.of() : new HashSet<>();
    for (RowSource.Row.Problem p : r.problems()) {
      error(r.number(), p.column(), null, p.code(), p.message());
      unreadable.add(p.column());
    }
    for (int i = 0; i < cols.size(); i++) {
      Column c = cols.get(i);
      if (unreadable.contains(c.name())) continue; // already reported: not text at all
      String raw = r.cells().get(c.name());
      if (raw == null || raw.isBlank()) {
        if (c.required()) {
          error(r.number(), c.name(), raw, Code.REQUIRED, "required");
          ok = false;
        } else if (c.type() == Column.Type.BOOL) values[i] = Boolean.TRUE; // active by default
        continue;
      }
      try {
        Object v = Cells.parse(c, raw);
        values[i] =
            switch (c.type()) {
              case ACCOUNT ->
                  refs.require(
                      accounts.get((String) v),
                      Code.UNKNOWN_ACCOUNT,
                      "no account with this externalId that you may see");
              case USER ->
                  refs.require(
                      refs.users().get(((String) v).toLowerCase(java.util.Locale.ROOT)),
                      Code.UNKNOWN_USER,
                      "no such user");
              case TEAM ->
                  refs.require(refs.teams().get((String) v), Code.UNKNOWN_TEAM, "no such team");
              case INDUSTRY ->
                  refs.require(
                      refs.industries().contains(v) ? v : null,
                      Code.UNKNOWN_INDUSTRY,
                      "unknown industry code");
              default -> v;
            };
      } catch (Cells.Invalid e) {
        error(r.number(), c.name(), raw, e);
        ok = false;
      }
    }
    if (!ok) return null;
    Object key = key(values);
    if (!seenKeys.add(key)) {
      String keyColumns = String.join(" + ", spec.keyColumns());
      error(
          new RowError(
              r.number(),
              spec.keyColumns().get(0),
              r.cells().get(spec.keyColumns().get(0)),
              Code.DUPLICATE_KEY,
              "duplicate key: an earlier row of this file has the same " + keyColumns,
              keyColumns));
      return null;
    }
    return new Parsed(r.number(), values, key);
  }

  /**
   * externalId / email; for facts account id and month packed into one long to keep 1M keys small.
   */
  Object key(Object[] values) {
    if (!spec.compositeKey()) return values[cols.indexOf(spec.key())];
    long account = (Long) values[indexOf("account_id")];
    LocalDate month = (LocalDate) values[indexOf("fact_month")];
    return (account << 20) | (month.getYear() * 12L + month.getMonthValue());
  }

  /**
   * SQL: may the caller see the stored record {@code t} (through its account {@code a} for
   * children)?
   */
  String visibleSql() {
    return !spec.scoped()
        ? "1 = 1"
        : spec.dataset() == Dataset.ACCOUNTS ? scope.sql("t") : scope.sql("a");
  }

  /** The entity type of this dataset's records in the audit trail. */
  String auditType() {
    return switch (spec.dataset()) {
      case ACCOUNTS -> "ACCOUNT";
      case CONTACTS -> "CONTACT";
      case FACTS -> "FACT";
      case OPPORTUNITIES -> "OPPORTUNITY";
      case USERS -> "USER";
    };
  }

  References refs() {
    return refs;
  }

  int indexOf(String dbColumn) {
    for (int i = 0; i < cols.size(); i++) if (cols.get(i).dbColumn().equals(dbColumn)) return i;
    throw new IllegalArgumentException(dbColumn);
  }

  void error(long row, String column, String value, Code code, String message) {
    error(new RowError(row, column, value, code, message));
  }

  private void error(long row, String column, String value, Cells.Invalid e) {
    error(new RowError(row, column, value, e.code, e.getMessage(), e.expected));
  }

  private void error(RowError e) {
    badCells++;
    if (errors.size() < MAX_ERRORS) errors.add(e);
  }

  void forbid(long row, String column, String value, Code code, String message) {
    forbidden = true;
    error(row, column, value, code, message);
  }

  /** Compares the valid rows with the stored records, counts and writes them. */
  interface Upsert {
    /** The valid rows of one chunk, in file order. */
    void chunk(List<Parsed> rows) throws SQLException;

    /** After the last chunk. */
    void finish() throws SQLException;
  }
}
