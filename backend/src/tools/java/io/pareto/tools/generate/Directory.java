package io.pareto.tools.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;

/**
 * The rows generated accounts point at: the industries, 20 teams with a manager each, the reps and
 * the benchmark's administrator.
 */
final class Directory {
  private final Connection conn;
  private final SplittableRandom rnd;
  private final OffsetDateTime now;

  Directory(Connection conn, SplittableRandom rnd, OffsetDateTime now) {
    this.conn = conn;
    this.rnd = rnd;
    this.now = now;
  }

  void industries() throws SQLException {
    for (int i = 0; i < Vocabulary.INDUSTRIES.length; i++) {
      if (count(conn, "industry where code = '" + Vocabulary.INDUSTRIES[i] + "'") > 0) continue;
      try (var ps =
          conn.prepareStatement(
              "insert into industry (code, name_en, name_zh, tier, created_at, updated_at, "
                  + "version) values (?, ?, ?, ?, ?, ?, 0)")) {
        ps.setString(1, Vocabulary.INDUSTRIES[i]);
        ps.setString(
            2,
            Vocabulary.INDUSTRIES[i].charAt(0)
                + Vocabulary.INDUSTRIES[i].substring(1).toLowerCase().replace('_', ' '));
        ps.setString(3, Vocabulary.INDUSTRIES[i]);
        ps.setString(4, i < 5 ? "MAJOR" : i < 10 ? "MINOR" : "TRACKED");
        ps.setObject(5, now);
        ps.setObject(6, now);
        ps.executeUpdate();
      }
    }
    conn.commit();
  }

  /** 20 teams with a manager each, one rep per 200 accounts, and the benchmark's administrator. */
  long[] users(String adminEmail, String hash, int accounts) throws SQLException {
    if (count(conn, "app_user where email = '" + adminEmail.replace("'", "''") + "'") == 0) {
      insertUser(adminEmail, "Benchmark admin", "ADMIN", null, hash);
    }
    long[] teams = new long[20];
    for (int i = 0; i < teams.length; i++) {
      try (var ps =
          conn.prepareStatement(
              "insert into team (name, created_at, updated_at, version) values (?, ?, ?, 0)",
              Statement.RETURN_GENERATED_KEYS)) {
        ps.setString(1, "GEN 大客户部 " + (i + 1));
        ps.setObject(2, now);
        ps.setObject(3, now);
        ps.executeUpdate();
        try (ResultSet k = ps.getGeneratedKeys()) {
          k.next();
          teams[i] = k.getLong(1);
        }
      }
      insertUser(
          "gen-manager-" + (i + 1) + "@pareto.local", "经理" + (i + 1), "MANAGER", teams[i], hash);
    }
    long[] reps = new long[Math.max(5, accounts / 200)];
    for (int i = 0; i < reps.length; i++) {
      reps[i] =
          insertUser(
              "gen-rep-" + (i + 1) + "@pareto.local",
              Vocabulary.pick(rnd, Vocabulary.SURNAMES)
                  + Vocabulary.pick(rnd, Vocabulary.GIVEN)
                  + (i + 1),
              "REP",
              teams[i % teams.length],
              hash);
    }
    conn.commit();
    return reps;
  }

  private long insertUser(String email, String name, String role, Long team, String hash)
      throws SQLException {
    try (var ps =
        conn.prepareStatement(
            "insert into app_user (email, name, role, team_id, password_hash, active, "
                + "created_at, updated_at, version) values (?, ?, ?, ?, ?, true, ?, ?, 0)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, email);
      ps.setString(2, name);
      ps.setString(3, role);
      ps.setObject(4, team);
      ps.setString(5, hash);
      ps.setObject(6, now);
      ps.setObject(7, now);
      ps.executeUpdate();
      try (ResultSet k = ps.getGeneratedKeys()) {
        k.next();
        return k.getLong(1);
      }
    }
  }

  static long count(Connection conn, String fromWhere) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("select count(*) from " + fromWhere)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
