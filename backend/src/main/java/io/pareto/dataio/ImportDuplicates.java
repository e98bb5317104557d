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
    Map<String, List<Object[]>> byReading = new HashMap<>();
    Map<String, List<Object[]>> byCode = new HashMap<>();
    if (!readings.isEmpty() || !codes.isEmpty()) {
      String where =
          (readings.isEmpty() ? "" : "a.name_reading in (" + marks(readings.size()) + ")")
              + (readings.isEmpty() || codes.isEmpty() ? "" : " or ")
              + (codes.isEmpty() ? "" : "a.credit_code in (" + marks(codes.size()) + ")");
      NamedSql q =
          NamedSql.of(
              "select a.id, a.external_id, a.name, a.name_key, a.name_reading, a.credit_code,"
                  + " case when "
                  + scope.sql("a")
                  + " then 1 else 0 end from account a where "
                  + where
                  + " order by a.id",
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
            Object[] row = {
              rs.getLong(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              rs.getString(5),
              rs.getString(6),
              rs.getInt(7) == 1
            };
            byReading.computeIfAbsent((String) row[4], k -> new ArrayList<>()).add(row);
            if (row[5] != null)
              byCode.computeIfAbsent((String) row[5], k -> new ArrayList<>()).add(row);
          }
        }
      }
    }
    for (Candidate c : rows) {
      CompanyName n = names.get(c);
      boolean existing = false;
      Set<Object[]> matches = new LinkedHashSet<>();
      if (c.creditCode() != null) matches.addAll(byCode.getOrDefault(c.creditCode(), List.of()));
      matches.addAll(byReading.getOrDefault(n.reading(), List.of()));
      for (Object[] m : matches) {
        if (Objects.equals(m[1], c.externalId())) continue; // the same record, updated
        List<DuplicateSignal> signals = new ArrayList<>();
        if (c.creditCode() != null && c.creditCode().equals(m[5])) {
          signals.add(DuplicateSignal.CREDIT_CODE);
        }
        if (n.reading().equals(m[4])) {
          signals.add(n.key().equals(m[3]) ? DuplicateSignal.NAME : DuplicateSignal.READING);
        }
        boolean visible = (Boolean) m[6];
        existing = true;
        add(
            new ImportDuplicateDto(
                c.rowNumber(),
                c.name(),
                visible ? (Long) m[0] : null,
                visible ? (String) m[2] : null,
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
}
