package io.pareto.dataio;

import io.pareto.duplicate.CompanyName;
import io.pareto.duplicate.DuplicateSignal;
import io.pareto.security.AccountScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An account import's dry run: which rows look like an account that exists (same normalised name,
 * same reading or same credit code, under another externalId) or like an earlier row of the file.
 * One query per chunk of rows, over the indexed name_reading and credit_code columns.
 */
final class ImportDuplicates {
  /** More than this many findings are not read: the file needs cleaning, not a longer list. */
  static final int MAX = 1000;

  private record Seen(long rowNumber, String externalId, String key, String creditCode) {}

  private final Connection conn;
  private final AccountScope scope;
  private final Map<String, Seen> fileReadings = new HashMap<>();
  final List<ImportDuplicateDto> found = new ArrayList<>();

  ImportDuplicates(Connection conn, AccountScope scope) {
    this.conn = conn;
    this.scope = scope;
  }

  /** Rows of one chunk: number, externalId, name, credit code (canonical or null). */
  record Candidate(long rowNumber, String externalId, String name, String creditCode) {}

  void chunk(List<Candidate> rows) throws SQLException {
    if (rows.isEmpty() || found.size() >= MAX) return;
    Map<Candidate, CompanyName> names = new HashMap<>();
    Set<String> readings = new LinkedHashSet<>();
    Set<String> codes = new LinkedHashSet<>();
    for (Candidate c : rows) {
      CompanyName n = CompanyName.of(c.name());
      names.put(c, n);
      if (!n.reading().isEmpty()) readings.add(n.reading());
      if (c.creditCode() != null) codes.add(c.creditCode());
    }
    Map<String, List<Existing>> byReading = new HashMap<>();
    Map<String, List<Existing>> byCode = new HashMap<>();
    if (!readings.isEmpty() || !codes.isEmpty()) {
      String where =
          (readings.isEmpty() ? "" : "a.name_reading in (" + marks(readings.size()) + ")")
              + (readings.isEmpty() || codes.isEmpty() ? "" : " or ")
              + (codes.isEmpty() ? "" : "a.credit_code in (" + marks(codes.size()) + ")");
      NamedSql q =
          NamedSql.of(
              """
              select a.id, a.external_id, a.name, a.name_key, a.name_reading, a.credit_code,
                     case when %s then 1 else 0 end as visible
                from account a
               where %s
               order by a.id"""
                  .formatted(scope.sql("a"), where),
              scope.params());
      try (PreparedStatement ps = conn.prepareStatement(q.sql())) {
        // the scope's named parameters come first in the text: ours fill the other places
        List<String> ours = new ArrayList<>(readings);
        ours.addAll(codes);
        int at = 1;
        for (String v : ours) {
          while (q.positions().contains(at)) at++;
          ps.setString(at++, v);
        }
        q.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Existing row =
                new Existing(
                    rs.getLong("id"),
                    rs.getString("external_id"),
                    rs.getString("name"),
                    rs.getString("name_key"),
                    rs.getString("name_reading"),
                    rs.getString("credit_code"),
                    rs.getInt("visible") == 1);
            byReading.computeIfAbsent(row.nameReading(), k -> new ArrayList<>()).add(row);
            if (row.creditCode() != null)
              byCode.computeIfAbsent(row.creditCode(), k -> new ArrayList<>()).add(row);
          }
        }
      }
    }
    for (Candidate c : rows) {
      CompanyName n = names.get(c);
      boolean existing = false;
      Set<Existing> matches = new LinkedHashSet<>();
      if (c.creditCode() != null) matches.addAll(byCode.getOrDefault(c.creditCode(), List.of()));
      matches.addAll(byReading.getOrDefault(n.reading(), List.of()));
      for (Existing m : matches) {
        if (Objects.equals(m.externalId(), c.externalId())) continue; // the same record, updated
        List<DuplicateSignal> signals = new ArrayList<>();
        if (c.creditCode() != null && c.creditCode().equals(m.creditCode())) {
          signals.add(DuplicateSignal.CREDIT_CODE);
        }
        if (n.reading().equals(m.nameReading())) {
          signals.add(n.key().equals(m.nameKey()) ? DuplicateSignal.NAME : DuplicateSignal.READING);
        }
        boolean visible = m.visible();
        existing = true;
        add(
            new ImportDuplicateDto(
                c.rowNumber(),
                c.name(),
                visible ? m.id() : null,
                visible ? m.name() : null,
                null,
                signals));
      }
      if (n.reading().isEmpty()) continue;
      Seen earlier =
          fileReadings.putIfAbsent(
              n.reading(), new Seen(c.rowNumber(), c.externalId(), n.key(), c.creditCode()));
      // a row already like an existing account says enough; like an earlier row only otherwise
      if (earlier != null && !existing) {
        add(
            new ImportDuplicateDto(
                c.rowNumber(),
                c.name(),
                null,
                null,
                earlier.rowNumber(),
                List.of(
                    n.key().equals(earlier.key())
                        ? DuplicateSignal.NAME
                        : DuplicateSignal.READING)));
      }
    }
  }

  private void add(ImportDuplicateDto d) {
    if (found.size() < MAX) found.add(d);
  }

  private static String marks(int n) {
    return "?,".repeat(n - 1) + "?";
  }

  /** An account already stored that an imported row may duplicate; hidden ones only counted. */
  private record Existing(
      long id,
      String externalId,
      String name,
      String nameKey,
      String nameReading,
      String creditCode,
      boolean visible) {}
}
