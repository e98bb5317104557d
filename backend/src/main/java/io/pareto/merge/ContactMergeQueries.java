package io.pareto.merge;

import io.pareto.common.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The set-based statements of a contact merge (:d the duplicate, :s the survivor): where both are
 * named (the same visit, deal or relationship owner), the survivor's row stays and the duplicate's
 * goes with it; links between the two go too.
 */
@ApplicationScoped
class ContactMergeQueries {
  private static final List<String> MOVES =
      List.of(
          "UPDATE activity_contact a SET contact_id = :s WHERE a.contact_id = :d AND NOT EXISTS"
              + " (SELECT 1 FROM activity_contact x WHERE x.activity_id = a.activity_id AND x.contact_id = :s)",
          "UPDATE opportunity_contact o SET contact_id = :s WHERE o.contact_id = :d AND NOT EXISTS"
              + " (SELECT 1 FROM opportunity_contact x WHERE x.opportunity_id = o.opportunity_id"
              + " AND x.contact_id = :s)",
          "UPDATE relationship_owner r SET contact_id = :s WHERE r.contact_id = :d AND NOT EXISTS"
              + " (SELECT 1 FROM relationship_owner x WHERE x.user_id = r.user_id AND x.contact_id = :s)",
          "UPDATE contact_link SET from_contact_id = :s WHERE from_contact_id = :d AND to_contact_id <> :s",
          "UPDATE contact_link SET to_contact_id = :s WHERE to_contact_id = :d AND from_contact_id <> :s");

  private static final String COUNTS =
      "SELECT (SELECT COUNT(*) FROM activity_contact a WHERE a.contact_id = :d AND NOT EXISTS"
          + " (SELECT 1 FROM activity_contact x WHERE x.activity_id = a.activity_id AND x.contact_id = :s))"
          + " AS activities,"
          + " (SELECT COUNT(*) FROM opportunity_contact o WHERE o.contact_id = :d AND NOT EXISTS"
          + " (SELECT 1 FROM opportunity_contact x WHERE x.opportunity_id = o.opportunity_id"
          + " AND x.contact_id = :s)) AS opportunities,"
          + " (SELECT COUNT(*) FROM relationship_owner r WHERE r.contact_id = :d AND NOT EXISTS"
          + " (SELECT 1 FROM relationship_owner x WHERE x.user_id = r.user_id AND x.contact_id = :s))"
          + " AS \"relationshipOwners\","
          + " (SELECT COUNT(*) FROM contact_link WHERE (from_contact_id = :d AND to_contact_id <> :s)"
          + " OR (to_contact_id = :d AND from_contact_id <> :s)) AS links,"
          + " (SELECT COUNT(*) FROM contact WHERE reports_to_id = :d AND id <> :s) AS reports";

  private final EntityManager em;

  ContactMergeQueries(EntityManager em) {
    this.em = em;
  }

  ContactMergeCountsDto counts(long d, long s) {
    Tuple row =
        (Tuple)
            em.createNativeQuery(COUNTS, Tuple.class)
                .setParameter("d", d)
                .setParameter("s", s)
                .getSingleResult();
    return Rows.one(ContactMergeCountsDto.class, row);
  }

  /** Moves the duplicate's visits, deal roles, owners, links and reports to the survivor. */
  void moveLinks(long d, long s) {
    for (String sql : MOVES) {
      em.createNativeQuery(sql).setParameter("s", s).setParameter("d", d).executeUpdate();
    }
    // the people reporting to the duplicate now report to the survivor: a change of theirs
    em.createNativeQuery(
            "UPDATE contact SET reports_to_id = :s, updated_at = :now, version = version + 1"
                + " WHERE reports_to_id = :d AND id <> :s")
        .setParameter("s", s)
        .setParameter("d", d)
        .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
        .executeUpdate();
  }
}
