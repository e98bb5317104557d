package io.pareto.pool;

/** Why an account is in the customer pool (公海). */
public enum PoolReason {
  /** Its owner logged no activity for longer than the team's 回收规则 allows: the job returned it. */
  INACTIVE,
  /** Its owner released it (退回公海), with a reason. */
  RELEASED,
  /** It never had an owner, or its owner was removed. */
  UNOWNED
}
