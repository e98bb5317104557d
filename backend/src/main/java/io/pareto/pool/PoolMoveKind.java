package io.pareto.pool;

/** One move into or out of the customer pool, as the account's timeline shows it. */
public enum PoolMoveKind {
  /** The job returned it (回收): its owner had no activity for too long. */
  RETURN,
  /** A rep claimed it (领取). */
  CLAIM,
  /** A manager assigned it to a member of the team (分配). */
  ASSIGN,
  /** Its owner released it (退回公海). */
  RELEASE
}
