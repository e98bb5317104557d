package io.pareto.attention;

/** Why an account or deal needs a look, in the order the list shows them (most urgent first). */
public enum AttentionKind {
  /** A KEY account nobody owns. */
  KEY_WITHOUT_MANAGER,
  /** A KEY account without an ACTIVE account plan. */
  KEY_WITHOUT_PLAN,
  /**
   * A KEY account's decision map scores below pareto.attention.weak-map-score or has a
   * high-severity gap.
   */
  WEAK_MAP,
  /**
   * A KEY account's decision or influence person has not been contacted within
   * pareto.decision-map.stale-after-days.
   */
  STALE_MAP,
  /** Open commitments (ours or the customer's) past their due date. */
  OVERDUE_COMMITMENTS,
  /** Not visited within the category's cadence (pareto.cadence.visit-days.*). */
  NOT_VISITED,
  /** A LOST account nobody has recorded a reason for. */
  LOST_WITHOUT_REASON,
  /** An open deal staying in its stage longer than twice the usual. */
  STUCK_DEAL
}
