package io.pareto.merge;

import io.pareto.common.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The set-based statements of an account merge: one per child table, whatever the number of rows
 * (:d the duplicate, :s the survivor). Derived rows (fact and decision-map summaries) are rebuilt
 * by their owners afterwards; classification results of the duplicate go with it.
 */
@ApplicationScoped
class AccountMergeQueries {
  /** Exported children: their account changed, so incremental syncs must see them again. */
  private static final List<String> EXPORTED = List.of("contact", "account_fact", "opportunity");

  /** Children that just change account. */
  private static final List<String> MOVED =
      List.of(
          "activity",
          "commitment",
          "concession",
          "account_plan",
          "competitor_presence",
          "key_account_review",
          "contact_link",
          "relationship_owner",
          "decision_map_key_person",
          "pool_move",
          "audit_event",
          "tombstone");

  /** Rows the survivor may hold once: the duplicate's move only where the survivor has none. */
  private static final List<String> AT_MOST_ONE =
      List.of(
          // one ACTIVE plan per account: the survivor's stays, the duplicate's becomes history
          "UPDATE account_plan SET status = 'ARCHIVED', version = version + 1 WHERE account_id = :d"
              + " AND status = 'ACTIVE' AND EXISTS (SELECT 1 FROM account_plan p"
              + " WHERE p.account_id = :s AND p.status = 'ACTIVE')",
          "INSERT INTO account_team_member (account_id, user_id, team_role, created_at)"
              + " SELECT :s, m.user_id, m.team_role, m.created_at FROM account_team_member m"
              + " WHERE m.account_id = :d AND NOT EXISTS (SELECT 1 FROM account_team_member t"
              + " WHERE t.account_id = :s AND t.user_id = m.user_id)",
          "UPDATE classification_override SET account_id = :s WHERE account_id = :d"
              + " AND NOT EXISTS (SELECT 1 FROM classification_override o WHERE o.account_id = :s)",
          "UPDATE account_loss SET account_id = :s WHERE account_id = :d"
              + " AND NOT EXISTS (SELECT 1 FROM account_loss o WHERE o.account_id = :s)");

  private static final String COUNTS =
      "SELECT (SELECT COUNT(*) FROM contact WHERE account_id = :d) AS contacts,"
          + " (SELECT COUNT(*) FROM opportunity WHERE account_id = :d) AS opportunities,"
          + " (SELECT COUNT(*) FROM account_fact WHERE account_id = :d) AS facts,"
          + " (SELECT COUNT(*) FROM activity WHERE account_id = :d) AS activities,"
          + " (SELECT COUNT(*) FROM account_plan WHERE account_id = :d) AS plans,"
          + " (SELECT COUNT(*) FROM commitment WHERE account_id = :d) AS commitments,"
          + " (SELECT COUNT(*) FROM concession WHERE account_id = :d) AS concessions,"
          + " (SELECT COUNT(*) FROM competitor_presence WHERE account_id = :d) AS competitors,"
          + " (SELECT COUNT(*) FROM key_account_review WHERE account_id = :d) AS reviews,"
          + " (SELECT COUNT(*) FROM account_team_member m WHERE m.account_id = :d AND NOT EXISTS"
          + " (SELECT 1 FROM account_team_member t WHERE t.account_id = :s AND t.user_id = m.user_id))"
          + " AS \"teamMembers\","
          + " (SELECT COUNT(*) FROM pool_move WHERE account_id = :d) AS \"poolMoves\","
          + " (SELECT COUNT(*) FROM audit_event WHERE account_id = :d) AS history";

  private static final String SAME_MONTH =
      "SELECT f.fact_month FROM account_fact f JOIN account_fact g"
          + " ON g.fact_month = f.fact_month AND g.account_id = :s"
          + " WHERE f.account_id = :d ORDER BY f.fact_month";

  private static final String SAME_PERIOD =
      "SELECT r.period FROM key_account_review r JOIN key_account_review q"
          + " ON q.period = r.period AND q.account_id = :s"
          + " WHERE r.account_id = :d ORDER BY r.period";

  private final EntityManager em;

  AccountMergeQueries(EntityManager em) {
    this.em = em;
  }

  /** What the duplicate {@code d} would hand to {@code s}: one statement. */
  MergeCountsDto counts(long d, long s) {
    Tuple row =
        (Tuple)
            em.createNativeQuery(COUNTS, Tuple.class)
                .setParameter("d", d)
                .setParameter("s", s)
                .getSingleResult();
    return Rows.one(MergeCountsDto.class, row);
  }

  /** Keys both accounts hold records for: a merge would have to sum or drop one of them. */
  List<MergeConflictDto> conflicts(long d, long s) {
    List<MergeConflictDto> found = new ArrayList<>();
    List<String> months =
        keys(SAME_MONTH, d, s).stream().map(m -> m.toString().substring(0, 7)).toList();
    if (!months.isEmpty())
      found.add(new MergeConflictDto(MergeConflictDto.Kind.FACT_MONTH, months));
    List<String> periods = keys(SAME_PERIOD, d, s).stream().map(Object::toString).toList();
    if (!periods.isEmpty())
      found.add(new MergeConflictDto(MergeConflictDto.Kind.REVIEW_PERIOD, periods));
    return found;
  }

  private List<?> keys(String sql, long d, long s) {
    return em.createNativeQuery(sql).setParameter("d", d).setParameter("s", s).getResultList();
  }

  /** Moves every child of {@code d} to {@code s}: a fixed number of statements. */
  void moveChildren(long d, long s) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    for (String sql : AT_MOST_ONE) {
      em.createNativeQuery(sql).setParameter("s", s).setParameter("d", d).executeUpdate();
    }
    for (String table : EXPORTED) {
      em.createNativeQuery(
              "UPDATE "
                  + table
                  + " SET account_id = :s, updated_at = :now, version = version + 1"
                  + " WHERE account_id = :d")
          .setParameter("s", s)
          .setParameter("d", d)
          .setParameter("now", now)
          .executeUpdate();
    }
    for (String table : MOVED) {
      em.createNativeQuery("UPDATE " + table + " SET account_id = :s WHERE account_id = :d")
          .setParameter("s", s)
          .setParameter("d", d)
          .executeUpdate();
    }
  }
}
