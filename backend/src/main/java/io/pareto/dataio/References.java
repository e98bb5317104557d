package io.pareto.dataio;

import io.pareto.common.Problem.RowError.Code;
import io.pareto.security.AccountScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves what rows name by business key: accounts by externalId (one scoped query per chunk, so a
 * rep only reaches accounts they may see), users by email, teams by name, industry codes. Users,
 * teams and industries are small tables, loaded once per import.
 */
final class References {
  private final Connection conn;
  private final AccountScope scope;
  private Map<String, Long> users;
  private Map<String, Long> teams;
  private Set<String> industries;
  private Map<Long, Long> userTeams;
  private Map<Long, String> userNames;

  References(Connection conn, AccountScope scope) {
    this.conn = conn;
    this.scope = scope;
  }

  Object require(Object value, Code code, String message) throws Cells.Invalid {
    if (value == null) throw new Cells.Invalid(code, message);
    return value;
  }

  /** externalId → id of the visible accounts the chunk's ACCOUNT columns name. */
  Map<String, Long> accounts(List<RowSource.Row> chunk, List<Column> cols) throws SQLException {
    Map<String, Long> out = new HashMap<>();
    Set<String> wanted = new LinkedHashSet<>();
    for (Column c : cols) {
      if (c.type() != Column.Type.ACCOUNT) continue;
      for (RowSource.Row r : chunk) {
        String v = r.cells().get(c.name());
        if (v != null && !v.isBlank()) wanted.add(v.trim());
      }
    }
    if (wanted.isEmpty()) return out;
    NamedSql q =
        NamedSql.of(
            "select a.id, a.external_id from account a where a.external_id in ("
                + "?,".repeat(wanted.size() - 1)
                + "?) and "
                + scope.sql("a"),
            scope.params());
    try (PreparedStatement ps = conn.prepareStatement(q.sql())) {
      int i = 1;
      for (String w : wanted) ps.setString(i++, w);
      q.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.put(rs.getString("external_id"), rs.getLong("id"));
      }
    }
    return out;
  }

  /** Lower-cased email → id. */
  Map<String, Long> users() throws Cells.Invalid {
    if (users == null) users = load("select lower(email) as ref, id from app_user");
    return users;
  }

  /** User id → team id (absent for users without a team), for the owner rule. */
  Map<Long, Long> userTeams() {
    if (userTeams == null) {
      userTeams = new HashMap<>();
      query(
          "select id, team_id from app_user where team_id is not null",
          rs -> userTeams.put(rs.getLong("id"), rs.getLong("team_id")));
    }
    return userTeams;
  }

  /** User id → name, for the audit events of owner changes. */
  Map<Long, String> userNames() {
    if (userNames == null) {
      userNames = new HashMap<>();
      query(
          "select id, name from app_user",
          rs -> userNames.put(rs.getLong("id"), rs.getString("name")));
    }
    return userNames;
  }

  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private void query(String sql, RowReader reader) {
    try (PreparedStatement ps = conn.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) reader.read(rs);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  Map<String, Long> teams() throws Cells.Invalid {
    if (teams == null) teams = load("select name as ref, id from team");
    return teams;
  }

  Set<String> industries() throws Cells.Invalid {
    if (industries == null)
      industries = new HashSet<>(load("select code as ref, 0 as id from industry").keySet());
    return industries;
  }

  /** Columns ref → id. */
  private Map<String, Long> load(String sql) {
    Map<String, Long> out = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) out.put(rs.getString("ref"), rs.getLong("id"));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
