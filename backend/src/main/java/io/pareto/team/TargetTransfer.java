package io.pareto.team;

import io.pareto.audit.AuditTrail;
import io.pareto.common.Problem.RowError;
import io.pareto.common.Problem.RowError.Code;
import io.pareto.common.Rows;
import io.pareto.dataio.CsvRows;
import io.pareto.dataio.ImportRejected;
import io.pareto.dataio.ImportResultDto;
import io.pareto.security.Caller;
import io.pareto.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sales targets in and out as CSV (userEmail, period, amount), the way the other datasets travel:
 * an import is all or nothing and upserts by user + period; an export lists what the caller may
 * read, ready to be edited and imported again.
 */
@ApplicationScoped
public class TargetTransfer {
  private final EntityManager em;
  private final Caller caller;
  private final AuditTrail audit;

  public TargetTransfer(EntityManager em, Caller caller, AuditTrail audit) {
    this.em = em;
    this.caller = caller;
    this.audit = audit;
  }

  /** A user as the import resolves their email. */
  private record User(long id, Long teamId) {}

  /**
   * Reads the whole file, then checks every row against the users (one query) and the caller's
   * reach (a manager: their own team's members), then writes creates and changes in this
   * transaction. Any bad row answers 422 (403 for rows outside the team) listing every one, and
   * nothing is written.
   */
  @Transactional
  public ImportResultDto importCsv(InputStream body, boolean dryRun) {
    long started = System.nanoTime();
    TargetFile file;
    try {
      CsvRows csv = CsvRows.utf8(body);
      file = TargetFile.read(csv.header(), csv);
    } catch (CsvRows.UnterminatedQuote e) {
      throw new ImportRejected(
          false,
          1,
          List.of(new RowError(e.row, e.column, null, Code.UNTERMINATED_QUOTE, e.getMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<RowError> errors = new ArrayList<>(file.errors);
    Map<String, User> users = users(file.rows);
    boolean forbidden = false;
    for (TargetFile.Row r : file.rows) {
      User u = users.get(r.email());
      if (u == null) {
        errors.add(
            new RowError(r.number(), "userEmail", r.email(), Code.UNKNOWN_USER, "no such user"));
      } else if (!writable(u)) {
        forbidden = true;
        errors.add(
            new RowError(
                r.number(),
                "userEmail",
                r.email(),
                Code.TARGET_OUTSIDE_TEAM,
                "a manager sets targets for the members of their own team only"));
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingLong(RowError::rowNumber));
      throw new ImportRejected(forbidden, errors.size(), errors);
    }
    long created = 0, updated = 0, unchanged = 0;
    Map<String, SalesTarget> stored = stored(users);
    for (TargetFile.Row r : file.rows) {
      long userId = users.get(r.email()).id();
      SalesTarget t = stored.get(userId + " " + r.period());
      if (t == null) {
        created++;
        if (dryRun) continue;
        t = new SalesTarget();
        t.userId = userId;
        t.period = r.period();
        t.amount = r.amount();
        em.persist(t);
      } else if (t.amount.compareTo(r.amount()) != 0) {
        updated++;
        if (!dryRun) t.amount = r.amount();
      } else unchanged++;
    }
    ImportResultDto result =
        new ImportResultDto(
            "targets",
            dryRun,
            file.rows.size(),
            created,
            updated,
            unchanged,
            (System.nanoTime() - started) / 1_000_000,
            List.of());
    if (!dryRun) {
      em.flush();
      audit.created("IMPORT", "targets", null, result);
    }
    return result;
  }

  /**
   * The targets the caller may read (optionally of one period or team) as CSV with the import's
   * columns, by period, then email.
   */
  public String exportCsv(String period, Long teamId) {
    StringBuilder sql =
        new StringBuilder(
            "select u.email, t.period, t.amount from sales_target t join app_user u on u.id = t.user_id where ");
    Map<String, Object> p = new HashMap<>();
    sql.append(TargetService.visible(caller, p));
    if (period != null) {
      p.put("period", TargetPeriod.parse(period).code());
      sql.append(" and t.period = :period");
    }
    if (teamId != null) {
      p.put("teamId", teamId);
      sql.append(" and u.team_id = :teamId");
    }
    StringBuilder out = new StringBuilder(String.join(",", TargetFile.COLUMNS)).append("\r\n");
    for (ExportedTarget t :
        Rows.select(
            em, ExportedTarget.class, sql.append(" order by t.period, u.email").toString(), p)) {
      out.append(quoted(t.email()))
          .append(',')
          .append(t.period())
          .append(',')
          .append(t.amount().setScale(2, RoundingMode.HALF_UP).toPlainString())
          .append("\r\n");
    }
    return out.toString();
  }

  /** An email has no formula trigger at its start once it passed validation; quote commas only. */
  private static String quoted(String s) {
    return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  private boolean writable(User u) {
    if (caller.hasRole(Role.ADMIN)) return true;
    return Objects.equals(u.id(), caller.userId())
        || caller.teamId() != null && Objects.equals(caller.teamId(), u.teamId());
  }

  private Map<String, User> users(List<TargetFile.Row> rows) {
    Map<String, User> byEmail = new HashMap<>();
    List<String> emails = rows.stream().map(TargetFile.Row::email).distinct().toList();
    if (emails.isEmpty()) return byEmail;
    for (FoundUser u :
        Rows.select(
            em,
            FoundUser.class,
            "select lower(email) as email, id, team_id from app_user where lower(email) in (:emails)",
            Map.of("emails", emails))) byEmail.put(u.email(), new User(u.id(), u.teamId()));
    return byEmail;
  }

  /** The stored targets of those users, by "userId period": one query. */
  private Map<String, SalesTarget> stored(Map<String, User> users) {
    Map<String, SalesTarget> byKey = new HashMap<>();
    if (users.isEmpty()) return byKey;
    List<Long> ids = users.values().stream().map(User::id).toList();
    em.createQuery("from SalesTarget where userId in :ids", SalesTarget.class)
        .setParameter("ids", ids)
        .getResultStream()
        .forEach(t -> byKey.put(t.userId + " " + t.period, t));
    return byKey;
  }

  private record ExportedTarget(String email, String period, BigDecimal amount) {}

  private record FoundUser(String email, long id, Long teamId) {}
}
