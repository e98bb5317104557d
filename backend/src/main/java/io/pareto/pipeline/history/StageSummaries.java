package io.pareto.pipeline.history;

import io.pareto.account.AccountLocks;
import io.pareto.dataset.Dataset;
import io.pareto.dataset.DatasetImported;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * Keeps {@code deal_stage_summary} (V75) in step with the stage history: one row per deal with the
 * furthest stage reached, the seconds of completed stays per stage and the latest loss, so funnels
 * at 1M deals group the cohort's rows instead of windowing over every change; the deal's creation
 * instant and amount ride along (V86) so an unfiltered cohort needs no join; {@code
 * last_close_lost} (V101) tells whether its last close event (WON or LOST) is a loss. Always
 * recomputed set-based from the history of the deals concerned, never patched, so it cannot drift.
 */
@ApplicationScoped
public class StageSummaries {
  /**
   * Recomputes the summary rows of the deals whose changes match {@code where} (over {@code
   * stage_change c}).
   */
  public static String insertSql(String where) {
    return "INSERT INTO deal_stage_summary (opportunity_id, furthest_rank, first_at, last_at, last_stage, lead_secs,"
        + " qualified_secs, proposal_secs, negotiation_secs, won_secs, collected_secs, losses, lost_at_stage, lost_reason,"
        + " created_at, amount, last_close_lost)"
        + " SELECT h.id, MAX(CASE h.stage WHEN 'LEAD' THEN 0 WHEN 'QUALIFIED' THEN 1 WHEN 'PROPOSAL' THEN 2"
        + " WHEN 'NEGOTIATION' THEN 3 WHEN 'WON' THEN 4 WHEN 'COLLECTED' THEN 5 ELSE -1 END),"
        + " MIN(h.changed_at), MAX(h.changed_at), MAX(CASE WHEN h.next_at IS NULL THEN h.stage END),"
        + " SUM(CASE WHEN h.stage = 'LEAD' THEN h.secs END), SUM(CASE WHEN h.stage = 'QUALIFIED' THEN h.secs END),"
        + " SUM(CASE WHEN h.stage = 'PROPOSAL' THEN h.secs END), SUM(CASE WHEN h.stage = 'NEGOTIATION' THEN h.secs END),"
        + " SUM(CASE WHEN h.stage = 'WON' THEN h.secs END), SUM(CASE WHEN h.stage = 'COLLECTED' THEN h.secs END),"
        + " SUM(CASE WHEN h.stage = 'LOST' THEN 1 ELSE 0 END),"
        + " MAX(CASE WHEN h.stage = 'LOST' AND h.latest = 1 THEN COALESCE(h.from_stage, 'LEAD') END),"
        + " MAX(CASE WHEN h.stage = 'LOST' AND h.latest = 1 THEN COALESCE(h.lost_reason, 'OTHER') END),"
        + " o.created_at, o.amount,"
        + " MAX(CASE WHEN h.stage = 'LOST' AND h.last_close = 1 THEN 1 ELSE 0 END)"
        + " FROM (SELECT i.*, CAST(EXTRACT(EPOCH FROM i.next_at) AS DOUBLE PRECISION)"
        + " - CAST(EXTRACT(EPOCH FROM i.changed_at) AS DOUBLE PRECISION) secs"
        + " FROM (SELECT c.opportunity_id id, c.from_stage, c.to_stage stage, c.lost_reason, c.changed_at,"
        + " LEAD(c.changed_at) OVER (PARTITION BY c.opportunity_id ORDER BY c.changed_at, c.id) next_at,"
        + " ROW_NUMBER() OVER (PARTITION BY c.opportunity_id, c.to_stage ORDER BY c.changed_at DESC, c.id DESC) latest,"
        + " ROW_NUMBER() OVER (PARTITION BY c.opportunity_id, CASE WHEN c.to_stage IN ('WON', 'LOST') THEN 1 ELSE 0 END"
        + " ORDER BY c.changed_at DESC, c.id DESC) last_close"
        + " FROM stage_change c WHERE "
        + where
        + ") i) h JOIN opportunity o ON o.id = h.id"
        + " GROUP BY h.id, o.created_at, o.amount";
  }

  private final EntityManager em;
  private final AccountLocks locks;

  public StageSummaries(EntityManager em, AccountLocks locks) {
    this.em = em;
    this.locks = locks;
  }

  /**
   * After a change of one deal was recorded (a transition, a creation, a reopen) or the deal was
   * edited: three statements.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void refresh(long opportunityId) {
    // two writers of one deal (a transition beside an edit) must not both re-insert its row
    locks.lockWhere(
        "SELECT account_id FROM opportunity WHERE id = :id", Map.of("id", opportunityId));
    em.createNativeQuery("DELETE FROM deal_stage_summary WHERE opportunity_id = :id")
        .setParameter("id", opportunityId)
        .executeUpdate();
    em.createNativeQuery(insertSql("c.opportunity_id = :id"))
        .setParameter("id", opportunityId)
        .executeUpdate();
  }

  /**
   * After the creation instants of these accounts' deals were rewritten behind the history (the
   * demo back-dates its deals): two statements, whatever the number of deals.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void refreshAccounts(java.util.Collection<Long> accountIds) {
    if (accountIds.isEmpty()) return;
    String deals = "SELECT o.id FROM opportunity o WHERE o.account_id IN (:ids)";
    em.createNativeQuery("DELETE FROM deal_stage_summary WHERE opportunity_id IN (" + deals + ")")
        .setParameter("ids", accountIds)
        .executeUpdate();
    em.createNativeQuery(insertSql("c.opportunity_id IN (" + deals + ")"))
        .setParameter("ids", accountIds)
        .executeUpdate();
  }

  /**
   * After an import of opportunities (inside its transaction, after
   * StageHistory.reconcileImported).
   */
  void onImport(@Observes DatasetImported event) {
    if (event.dataset() != Dataset.OPPORTUNITIES) return;
    String touched = "SELECT o.id FROM opportunity o WHERE o.updated_at >= :since";
    locks.lockWhere(
        "SELECT o.account_id FROM opportunity o WHERE o.updated_at >= :since",
        Map.of("since", event.since()));
    em.createNativeQuery("DELETE FROM deal_stage_summary WHERE opportunity_id IN (" + touched + ")")
        .setParameter("since", event.since())
        .executeUpdate();
    em.createNativeQuery(insertSql("c.opportunity_id IN (" + touched + ")"))
        .setParameter("since", event.since())
        .executeUpdate();
  }
}
