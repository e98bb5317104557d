package io.pareto.pipeline.history;

import io.pareto.common.ProblemException;
import io.pareto.pipeline.DealLostReason;
import io.pareto.pipeline.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The append-only stage history of deals: every change with from, to, when, by whom. Rows are only
 * ever inserted; analytics reconstruct a deal's stage at any instant from them.
 */
@ApplicationScoped
public class StageHistory {
  private final EntityManager em;
  private final StageSummaries summaries;

  public StageHistory(EntityManager em, StageSummaries summaries) {
    this.em = em;
    this.summaries = summaries;
  }

  /**
   * Records a change made now or at a supplied historic instant, and the deal's summary, inside the
   * caller's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public StageChange record(
      long opportunityId,
      Stage from,
      Stage to,
      Instant at,
      String by,
      String reason,
      DealLostReason lostReason,
      boolean imported) {
    StageChange c = new StageChange();
    c.opportunityId = opportunityId;
    c.fromStage = from;
    c.toStage = to;
    c.changedAt = at;
    c.changedBy = by;
    c.reason = reason;
    c.lostReason = lostReason;
    c.imported = imported;
    c.recordedAt = Instant.now();
    em.persist(c);
    summaries.refresh(opportunityId);
    return c;
  }

  /**
   * For the data import: appends a historic change (never in the future, never before the deal's
   * last recorded change, so history stays ordered). {@code from} null records the deal's creation.
   * Does not touch the deal itself; the importer sets its current stage.
   */
  @Transactional
  public void recordImported(long opportunityId, Stage from, Stage to, Instant at, String by) {
    if (at.isAfter(Instant.now()))
      throw ProblemException.badRequest("at", "a stage change cannot be in the future");
    Instant last = lastChangeAt(opportunityId);
    if (last != null && at.isBefore(last)) {
      throw ProblemException.badRequest(
          "at", "must not be before the deal's last recorded change (" + last + ")");
    }
    record(opportunityId, from, to, at, by, null, null, true);
  }

  public Instant lastChangeAt(long opportunityId) {
    return em.createQuery(
            "select max(c.changedAt) from StageChange c where c.opportunityId = :id", Instant.class)
        .setParameter("id", opportunityId)
        .getSingleResult();
  }

  /** Oldest first. */
  public List<StageChangeDto> of(long opportunityId) {
    return em.createQuery(
            "from StageChange c where c.opportunityId = :id order by c.changedAt, c.id",
            StageChange.class)
        .setParameter("id", opportunityId)
        .getResultStream()
        .map(StageChangeDto::of)
        .toList();
  }

  /**
   * After a bulk import of opportunities (which writes rows directly), bring their history in line
   * in two set-based statements: a creation row for every new deal, and a change row for every deal
   * whose imported stage differs from the last one recorded. Imports carry the ERP's truth, so the
   * transition rules do not apply; the rows are marked imported.
   *
   * @return the existing deals whose stage the import changed, in id order
   */
  @SuppressWarnings("unchecked")
  public List<Long> reconcileImported(Instant importStarted, String by) {
    em.createNativeQuery(
            "INSERT INTO stage_change (opportunity_id, from_stage, to_stage, changed_at, changed_by,"
                + " imported, recorded_at) SELECT o.id, NULL, o.stage, o.created_at, :by, TRUE, CURRENT_TIMESTAMP"
                + " FROM opportunity o WHERE o.updated_at >= :since"
                + " AND NOT EXISTS (SELECT 1 FROM stage_change s WHERE s.opportunity_id = o.id)")
        .setParameter("by", by)
        .setParameter("since", importStarted)
        .executeUpdate();
    String moved =
        " FROM opportunity o JOIN stage_change s ON s.opportunity_id = o.id"
            + " WHERE o.updated_at >= :since AND s.to_stage <> o.stage"
            + " AND s.id = (SELECT MAX(s2.id) FROM stage_change s2 WHERE s2.opportunity_id = o.id)";
    List<Long> ids =
        ((List<Number>)
                em.createNativeQuery("SELECT o.id" + moved + " ORDER BY o.id")
                    .setParameter("since", importStarted)
                    .getResultList())
            .stream().map(Number::longValue).toList();
    if (!ids.isEmpty()) {
      em.createNativeQuery(
              "INSERT INTO stage_change (opportunity_id, from_stage, to_stage, changed_at,"
                  + " changed_by, imported, recorded_at) SELECT o.id, s.to_stage, o.stage,"
                  + " o.updated_at, :by, TRUE, CURRENT_TIMESTAMP"
                  + moved)
          .setParameter("by", by)
          .setParameter("since", importStarted)
          .executeUpdate();
    }
    em.createNativeQuery(
            "UPDATE opportunity SET stage_changed_at = (SELECT MAX(s.changed_at) FROM stage_change s"
                + " WHERE s.opportunity_id = opportunity.id) WHERE updated_at >= :since")
        .setParameter("since", importStarted)
        .executeUpdate();
    return ids;
  }
}
